package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextScorerTest {

    private static final String JOB = "내과 병동 간호사 (경력) 병동 간호, 투약, 활력징후 측정 간호사 면허";
    private final TextScorer scorer = new TextScorer();

    @Test
    void shouldScoreAResumeUsingTheJobsWordingAboveOneThatDoesNot() {
        final PreparedJob job = Fixtures.job().text(JOB).prepared();
        final TextScore nurse = scorer.score(
                job, Fixtures.resume().text("대학병원 내과 병동 간호사 5년, 투약과 활력징후 측정").prepared(), TermStatistics.NONE);
        final TextScore developer = scorer.score(
                job, Fixtures.resume().text("Java Spring 백엔드 개발자 5년").prepared(), TermStatistics.NONE);

        assertThat(nurse.known()).isTrue();
        assertThat(nurse.score()).isGreaterThan(developer.score()).isLessThanOrEqualTo(new BigDecimal("100.00"));
        assertThat(developer.score()).isEqualByComparingTo("0.00");
        assertThat(nurse.share()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void shouldBeNeutralWhenEitherSideHasNoText() {
        final TextScore score = scorer.score(
                Fixtures.job().prepared(), Fixtures.resume().text("간호사").prepared(), TermStatistics.NONE);

        assertThat(score.known()).isFalse();
        assertThat(score.score()).isEqualByComparingTo(Scores.NEUTRAL);
        assertThat(score.share()).isNull();
    }

    @Test
    void shouldWeighTermsFewResumesShareAboveCommonOnes() {
        final PreparedJob job = Fixtures.job().text("kafka experience").prepared();
        final ResumeMatchProfile rare = Fixtures.resume().text("kafka").build();
        final ResumeMatchProfile common = Fixtures.resume().text("experience").build();
        final TermStatistics statistics = new TermStatistics();
        statistics.add(rare.terms());
        for (int i = 0; i < 5; i++) {
            statistics.add(common.terms());
        }

        assertThat(scorer.score(job, PreparedResume.of(rare, SkillCanonicalizer.identity()), statistics)
                        .score())
                .isGreaterThan(scorer.score(job, PreparedResume.of(common, SkillCanonicalizer.identity()), statistics)
                        .score());
    }

    @Test
    void shouldKeepShardStatisticsInStepWithTheResumesHeld() {
        final ResumeShardIndex index = new ResumeShardIndex(MatchScorer.defaults(), MatchSettings.DEFAULTS, 8);
        index.put(Fixtures.resume().id("a").text("kafka kafka").build());
        index.put(Fixtures.resume().id("b").text("kafka spark").build());
        assertThat(index.statistics().documents()).isEqualTo(2);

        index.put(Fixtures.resume().id("a").text("spark").build());
        index.remove("b");
        index.remove("unknown");

        assertThat(index.statistics().documents()).isEqualTo(1);
        assertThat(index.statistics().averageLength()).isEqualTo(1.0);
        assertThat(index.statistics().idf("kafka"))
                .isGreaterThan(index.statistics().idf("spark"));
    }

    @Test
    void shouldNotWeighTheTextOfAPairWrittenInDifferentScripts() {
        final TextScore english = scorer.score(
                Fixtures.job().text(JOB).prepared(),
                Fixtures.resume()
                        .text("Registered nurse, 5 years on a medical ward: medication, vital signs")
                        .prepared(),
                TermStatistics.NONE);
        final TextScore mixed = scorer.score(
                Fixtures.job().text(JOB).prepared(),
                Fixtures.resume().text("내과 병동 간호사 5년, EMR 사용, BLS 보유").prepared(),
                TermStatistics.NONE);

        assertThat(english.weighed()).isFalse();
        assertThat(english.known()).isFalse();
        assertThat(english.score()).isEqualByComparingTo(Scores.NEUTRAL);
        assertThat(mixed.weighed()).as("mostly Hangul with English tool names").isTrue();
        assertThat(mixed.known()).isTrue();
    }
}
