package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KoreanReasoningTest {

    private final MatchScorer scorer = MatchScorer.defaults();

    private String explain(final Fixtures.JobBuilder job, final Fixtures.ResumeBuilder resume) {
        return KoreanReasoning.explain(scorer.score(job.build(), resume.build()).breakdown());
    }

    @Test
    void shouldExplainTheDefaultPairWithItsNumbers() {
        assertThat(explain(Fixtures.job(), Fixtures.resume()))
                .isEqualTo("필수 스킬 4개 중 3개 보유(Java, Spring, PostgreSQL), 미보유: Kafka, 우대 스킬 2개 중 1개 보유(AWS), "
                        + "같은 분야 경험으로 일부 인정: Kafka, Kubernetes, "
                        + "경력 5년으로 요구 경력(3~7년)에 부합, 근무지 지역 일치, 희망 직무 적합도 100점, "
                        + "희망 연봉과 공고 연봉 범위가 겹침, 종합 62.16점.");
    }

    @Test
    void shouldExplainShortfallAndSurplusOfYears() {
        assertThat(explain(Fixtures.job(), Fixtures.resume().years(1))).contains("경력 1년으로 요구 경력(3~7년)보다 2년 부족");
        assertThat(explain(Fixtures.job(), Fixtures.resume().years(10))).contains("경력 10년으로 요구 경력(3~7년)보다 3년 많음");
        assertThat(explain(
                        Fixtures.job().years(null, null).level(ExperienceLevel.SENIOR),
                        Fixtures.resume().years(9)))
                .contains("경력 9년으로 요구 경력(7년 이상)에 부합");
        assertThat(explain(Fixtures.job().years(null, null).level(null), Fixtures.resume()))
                .contains("요구 경력 제한 없음");
        assertThat(explain(Fixtures.job(), Fixtures.resume().years(null))).contains("경력 정보 없음(요구 경력 3~7년)");
    }

    @Test
    void shouldExplainLocationSalaryAndSize() {
        assertThat(explain(Fixtures.job().remote(RemoteType.REMOTE), Fixtures.resume()))
                .contains("원격 근무 가능");
        assertThat(explain(Fixtures.job().location("부산"), Fixtures.resume())).contains("근무지 지역 다름(상주 근무)");
        assertThat(explain(Fixtures.job().location("부산").remote(RemoteType.HYBRID), Fixtures.resume()))
                .contains("근무지 지역 다름(하이브리드 근무)");
        assertThat(explain(Fixtures.job(), Fixtures.resume().salary(9000, 10000)))
                .contains("공고 연봉이 희망 연봉보다 낮음");
        assertThat(explain(Fixtures.job(), Fixtures.resume().salary(1000, 2000)))
                .contains("공고 연봉이 희망 연봉보다 높음");
        assertThat(explain(
                        Fixtures.job().size(CompanySize.XL), Fixtures.resume().desired("스타트업 백엔드")))
                .contains("희망 기업 규모와 다름");
    }

    @Test
    void shouldExplainJobsWithoutSkillsAndSemanticSimilarity() {
        assertThat(explain(Fixtures.job().required().preferred(), Fixtures.resume()))
                .startsWith("공고에 등록된 스킬 없음, ");
        assertThat(explain(
                        Fixtures.job().embedding(new float[] {0.6f, 0.8f}),
                        Fixtures.resume().embedding(new float[] {1, 0})))
                .contains("의미 유사도 60점");
    }

    @Test
    void shouldSayZeroHeldWithoutAnEmptyList() {
        assertThat(explain(Fixtures.job().required("Go").preferred(), Fixtures.resume()))
                .startsWith("필수 스킬 1개 중 0개 보유, 미보유: Go, ");
    }

    @Test
    void shouldFormatNumbersWithoutTrailingZeros() {
        assertThat(KoreanReasoning.number(new BigDecimal("82.00"))).isEqualTo("82");
        assertThat(KoreanReasoning.number(new BigDecimal("78.50"))).isEqualTo("78.5");
        assertThat(KoreanReasoning.number(new BigDecimal("100.00"))).isEqualTo("100");
        assertThat(KoreanReasoning.number(new BigDecimal("0.00"))).isEqualTo("0");
    }

    @Test
    void shouldLetARewriterReplaceTheDraftAndFallBackWhenItFails() {
        final MatchResult result =
                scorer.score(Fixtures.job().build(), Fixtures.resume().build());
        final String draft = KoreanReasoning.explain(result.breakdown());
        assertThat(new MatchExplainer(ReasoningRewriter.NONE).explain(result)).isEqualTo(draft);
        assertThat(new MatchExplainer((d, b) -> "LLM: " + b.overall()).explain(result))
                .isEqualTo("LLM: 62.16");
        assertThat(new MatchExplainer((d, b) -> " ").explain(result)).isEqualTo(draft);
        assertThat(new MatchExplainer((d, b) -> {
                            throw new IllegalStateException("timeout");
                        })
                        .explain(result))
                .isEqualTo(draft);
    }
}
