package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.ExperienceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceScorerTest {

    private final ExperienceScorer scorer = new ExperienceScorer();

    private ExperienceScore score(final Fixtures.JobBuilder job, final Integer years) {
        return scorer.score(job.prepared(), Fixtures.resume().years(years).build());
    }

    @ParameterizedTest(name = "{0} years vs 3–7 → {1} ({2})")
    @CsvSource({
        "3, 100.00, WITHIN",
        "5, 100.00, WITHIN",
        "7, 100.00, WITHIN",
        "2, 75.00, BELOW",
        "1, 50.00, BELOW",
        "0, 25.00, BELOW",
        "8, 90.00, ABOVE",
        "10, 70.00, ABOVE",
        "12, 50.00, ABOVE",
        "30, 50.00, ABOVE"
    })
    void shouldScoreYearsAgainstExplicitRange(final int years, final String expected, final ExperienceFit fit) {
        final ExperienceScore score = score(Fixtures.job().years(3, 7).level(null), years);
        assertThat(score.score()).isEqualByComparingTo(expected);
        assertThat(score.fit()).isEqualTo(fit);
        assertThat(score.requiredMin()).isEqualTo(3);
        assertThat(score.requiredMax()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}: band {1}–{2}")
    @CsvSource({"ENTRY, 0, 2", "JUNIOR, 1, 3", "MID, 3, 7"})
    void shouldUseLevelBandWhenNoExplicitYears(final ExperienceLevel level, final int min, final int max) {
        final ExperienceScore score = score(Fixtures.job().years(null, null).level(level), min);
        assertThat(score.requiredMin()).isEqualTo(min);
        assertThat(score.requiredMax()).isEqualTo(max);
        assertThat(score.fit()).isEqualTo(ExperienceFit.WITHIN);
    }

    @Test
    void shouldLeaveSeniorBandOpenEnded() {
        final ExperienceScore score = score(Fixtures.job().years(null, null).level(ExperienceLevel.SENIOR), 25);
        assertThat(score.requiredMin()).isEqualTo(7);
        assertThat(score.requiredMax()).isNull();
        assertThat(score.score()).isEqualByComparingTo("100.00");
        assertThat(score(Fixtures.job().years(null, null).level(ExperienceLevel.SENIOR), 5)
                        .score())
                .isEqualByComparingTo("50.00");
    }

    @Test
    void shouldFillOnlyTheMissingEndFromTheBand() {
        // explicit min 4 with mid band → max 7 from the band
        final ExperienceScore score = score(Fixtures.job().years(4, null).level(ExperienceLevel.MID), 9);
        assertThat(score.requiredMin()).isEqualTo(4);
        assertThat(score.requiredMax()).isEqualTo(7);
        assertThat(score.score()).isEqualByComparingTo("80.00");
    }

    @Test
    void shouldNotFillFromBandWhenThatWouldInvertTheRange() {
        // explicit min 10 with junior band (max 3): keep max open
        final ExperienceScore score = score(Fixtures.job().years(10, null).level(ExperienceLevel.JUNIOR), 12);
        assertThat(score.requiredMax()).isNull();
        assertThat(score.fit()).isEqualTo(ExperienceFit.WITHIN);
    }

    @Test
    void shouldScoreFullWhenJobStatesNoRequirement() {
        final ExperienceScore score = score(Fixtures.job().years(null, null).level(null), 0);
        assertThat(score.fit()).isEqualTo(ExperienceFit.NO_REQUIREMENT);
        assertThat(score.score()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldBeNeutralWhenResumeYearsUnknown() {
        final ExperienceScore score = score(Fixtures.job(), null);
        assertThat(score.fit()).isEqualTo(ExperienceFit.UNKNOWN);
        assertThat(score.score()).isEqualByComparingTo("50.00");
    }

    @Test
    void shouldHandleMaximumOnly() {
        final ExperienceScore score = score(Fixtures.job().years(null, 2).level(null), 4);
        assertThat(score.requiredMin()).isNull();
        assertThat(score.fit()).isEqualTo(ExperienceFit.ABOVE);
        assertThat(score.score()).isEqualByComparingTo("80.00");
    }

    @Test
    void shouldDescribeRangesInKorean() {
        assertThat(new YearsRange(3, 7).korean()).isEqualTo("3~7년");
        assertThat(new YearsRange(7, null).korean()).isEqualTo("7년 이상");
        assertThat(new YearsRange(null, 2).korean()).isEqualTo("2년 이하");
        assertThat(new YearsRange(3, 3).korean()).isEqualTo("3년");
        assertThat(YearsRange.NONE.korean()).isEqualTo("무관");
    }
}
