package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private final MatchScorer scorer = MatchScorer.defaults();

    @Test
    void shouldCombineComponentsWithDefaultWeights() {
        final MatchResult result =
                scorer.score(Fixtures.job().build(), Fixtures.resume().build());
        assertThat(result.skillScore()).isEqualByComparingTo("73.85"); // Kafka, Kubernetes credited as related
        assertThat(result.experienceScore()).isEqualByComparingTo("100.00");
        assertThat(result.cultureScore()).isEqualByComparingTo("100.00");
        assertThat(result.semanticScore()).isEqualByComparingTo("50.00");
        assertThat(result.breakdown().text().known())
                .as("no text terms on either side")
                .isFalse();
        // 73.85×0.30 + 100×0.05 + 100×0.05 + 50×0.40 + 50×0.20 = 62.155
        assertThat(result.overallScore()).isEqualByComparingTo("62.16").hasScaleOf(2);
        assertThat(result.pair().format()).isEqualTo("job-1:resume-1");
        assertThat(result.userId()).isEqualTo("user-1");
    }

    @Test
    void shouldListEveryComponentWithItsWeightInTheBreakdown() {
        final ScoreBreakdown breakdown =
                scorer.score(Fixtures.job().build(), Fixtures.resume().build()).breakdown();
        assertThat(breakdown.components())
                .extracting(ScoreBreakdown.Component::name)
                .containsExactly("skill", "experience", "culture", "semantic", "text");
        assertThat(breakdown.components())
                .extracting(ScoreBreakdown.Component::weight)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("0.30"),
                        new BigDecimal("0.05"),
                        new BigDecimal("0.05"),
                        new BigDecimal("0.40"),
                        new BigDecimal("0.20"));
        assertThat(breakdown.components().get(3).known()).isFalse();
        assertThat(breakdown.components().get(4).known()).isFalse();
        assertThat(breakdown.overall()).isEqualByComparingTo("62.16");
    }

    @Test
    void shouldReproduceOverallFromBreakdownComponents() {
        final ScoreBreakdown breakdown = scorer.score(
                        Fixtures.job().embedding(new float[] {0.6f, 0.8f}).build(),
                        Fixtures.resume().embedding(new float[] {1, 0}).build())
                .breakdown();
        BigDecimal sum = BigDecimal.ZERO;
        for (final ScoreBreakdown.Component c : breakdown.components()) {
            sum = sum.add(c.score().multiply(c.weight()));
        }
        assertThat(sum.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(breakdown.overall());
    }

    @Test
    void shouldUseConfiguredWeights() {
        final MatchScorer skillOnly = new MatchScorer(
                new MatchWeights(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                SkillScoreSettings.DEFAULTS,
                SkillCanonicalizer.identity());
        final MatchResult result =
                skillOnly.score(Fixtures.job().build(), Fixtures.resume().build());
        assertThat(result.overallScore()).isEqualByComparingTo(result.skillScore());
    }

    @Test
    void shouldApplySynonymsFromTheCanonicalizer() {
        final MatchScorer withSynonyms = new MatchScorer(
                MatchWeights.DEFAULTS,
                SkillScoreSettings.DEFAULTS,
                SkillCanonicalizer.ofSynonyms(Map.of("카프카", "Kafka")));
        final ResumeMatchProfile resume = Fixtures.resume()
                .skills(
                        new HeldSkill("Java", 5, null),
                        new HeldSkill("Spring", 5, null),
                        new HeldSkill("PostgreSQL", 5, null),
                        new HeldSkill("카프카", 5, null))
                .build();
        assertThat(withSynonyms
                        .score(Fixtures.job().build(), resume)
                        .breakdown()
                        .skills()
                        .missingRequired())
                .isEmpty();
        assertThat(scorer.score(Fixtures.job().build(), resume)
                        .breakdown()
                        .skills()
                        .missingRequired())
                .containsExactly("Kafka");
    }

    @Test
    void shouldScoreHigherForABetterCandidate() {
        final JobMatchProfile job = Fixtures.job().build();
        final MatchResult strong = scorer.score(
                job,
                Fixtures.resume()
                        .skills(
                                new HeldSkill("Java", 6, null),
                                new HeldSkill("Spring", 6, null),
                                new HeldSkill("PostgreSQL", 6, null),
                                new HeldSkill("Kafka", 6, null))
                        .build());
        final MatchResult weak = scorer.score(
                job,
                Fixtures.resume().skillNames("Excel").years(0).location("부산").build());
        assertThat(strong.overallScore()).isGreaterThan(weak.overallScore());
    }

    @Test
    void shouldJudgeAPairInDifferentScriptsOnTheOtherComponentsWithoutText() {
        final MatchResult result = scorer.score(
                Fixtures.job().text("백엔드 개발자 자바 스프링 경력 5년").build(),
                Fixtures.resume()
                        .text("Backend engineer, Java and Spring, five years")
                        .build());

        assertThat(result.breakdown().text().weighed()).isFalse();
        // (73.85×0.30 + 100×0.05 + 100×0.05 + 50×0.40) / 0.80 = 65.194: the text weight is left out, not scored 0.
        assertThat(result.overallScore()).isEqualByComparingTo("65.19");
        assertThat(result.breakdown().components())
                .filteredOn(c -> c.name().equals("text"))
                .singleElement()
                .satisfies(c -> assertThat(c.weight()).isEqualByComparingTo("0"));
        assertThat(result.breakdown().components())
                .filteredOn(c -> c.name().equals("semantic"))
                .singleElement()
                .satisfies(c -> assertThat(c.weight()).isEqualByComparingTo("0.5"));
    }
}
