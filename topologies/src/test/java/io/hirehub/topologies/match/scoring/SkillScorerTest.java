package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.Proficiency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillScorerTest {

    private final SkillScorer scorer = new SkillScorer(SkillScoreSettings.DEFAULTS);
    private final SkillScorer exactOnly = new SkillScorer(SkillScoreSettings.DEFAULTS.withoutRelatedCredit());

    private SkillScore score(final Fixtures.JobBuilder job, final Fixtures.ResumeBuilder resume) {
        return scorer.score(job.prepared(), resume.prepared());
    }

    @Test
    void shouldScoreFullCoverageAtFullDepthAs100() {
        final SkillScore score = score(
                Fixtures.job().required("Java", "Spring").preferred("AWS"),
                Fixtures.resume()
                        .skills(
                                new HeldSkill("Java", 5, null),
                                new HeldSkill("Spring", 3, null),
                                new HeldSkill("AWS", 7, null)));
        assertThat(score.score()).isEqualByComparingTo("100.00");
        assertThat(score.missingRequired()).isEmpty();
        assertThat(score.known()).isTrue();
    }

    @Test
    void shouldWeightRequiredAndPreferredAndPenaliseMissingRequired() {
        // Exact credit only: required 3 of 4 at full depth = 0.75; preferred AWS 2y of 3 → 0.8 + 0.2 × 2/3;
        // (0.75×0.75 + 0.25×0.4667)×100 − 5
        final SkillScore score =
                exactOnly.score(Fixtures.job().prepared(), Fixtures.resume().prepared());
        assertThat(score.score()).isEqualByComparingTo("62.92");
        assertThat(score.related()).isEmpty();
        assertThat(score.score().scale()).isEqualTo(2);
        assertThat(score.matchedRequired()).containsExactly("Java", "Spring", "PostgreSQL");
        assertThat(score.missingRequired()).containsExactly("Kafka");
        assertThat(score.matchedPreferred()).containsExactly("AWS");
        assertThat(score.missingPreferred()).containsExactly("Kubernetes");
        assertThat(score.requiredTotal()).isEqualTo(4);
        assertThat(score.preferredTotal()).isEqualTo(2);
    }

    @Test
    void shouldCreditMissingSkillsOfAFamilyTheResumeShowsAsRelatedWithThePenaltyStillTaken() {
        // Java, Spring, PostgreSQL, AWS held (software): Kafka and Kubernetes earn 0.35 each.
        // required (3 + 0.35) / 4 = 0.8375; preferred (0.9333 + 0.35) / 2 = 0.6417; (0.75×0.8375 + 0.25×0.6417)×100 − 5
        final SkillScore score = score(Fixtures.job(), Fixtures.resume());
        assertThat(score.score()).isEqualByComparingTo("73.85");
        assertThat(score.missingRequired()).containsExactly("Kafka");
        assertThat(score.related()).containsExactly("Kafka", "Kubernetes");
    }

    @Test
    void shouldRelateOnlyWhenTheResumeHoldsEnoughSkillsOfTheFamily() {
        final Fixtures.JobBuilder accounting = Fixtures.job()
                .required("Accounting", "Value-Added Tax", "Financial Closing")
                .preferred();
        // One finance skill is a stray keyword, not a field: no related credit.
        final SkillScore one = score(accounting, Fixtures.resume().skills(new HeldSkill("Auditing", null, null)));
        assertThat(one.related()).isEmpty();
        assertThat(one.score()).isEqualByComparingTo("0.00");
        // An audit senior (Auditing, IFRS, Internal Control): a close neighbour, above a stranger to the field.
        final SkillScore neighbour = score(
                accounting,
                Fixtures.resume()
                        .skills(
                                new HeldSkill("Auditing", null, null),
                                new HeldSkill("IFRS", null, null),
                                new HeldSkill("Internal Control", null, null)));
        assertThat(neighbour.related()).containsExactly("Accounting", "Value-Added Tax", "Financial Closing");
        // 0.35 × 100 − 3 × 5
        assertThat(neighbour.score()).isEqualByComparingTo("20.00");
        final SkillScore stranger = score(
                accounting,
                Fixtures.resume()
                        .skills(
                                new HeldSkill("Nursing", null, null),
                                new HeldSkill("Wound Care", null, null),
                                new HeldSkill("IV Therapy", null, null)));
        assertThat(stranger.related()).isEmpty();
        assertThat(stranger.score()).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldNeverRankRelatedEvidenceAboveTheSkillItself() {
        final Fixtures.JobBuilder job = Fixtures.job().required("Java", "Kafka").preferred();
        final SkillScore holds = score(
                job, Fixtures.resume().skills(new HeldSkill("Java", null, null), new HeldSkill("Kafka", null, null)));
        final SkillScore related = score(
                job,
                Fixtures.resume()
                        .skills(
                                new HeldSkill("Java", null, null),
                                new HeldSkill("Spring", null, null),
                                new HeldSkill("Redis", null, null)));
        assertThat(related.related()).containsExactly("Kafka");
        assertThat(holds.score()).isGreaterThan(related.score());
    }

    @Test
    void shouldRelateNothingThroughGeneralSkillsUnknownTagsOrWithoutFamilies() {
        final Fixtures.JobBuilder job =
                Fixtures.job().required("Microsoft Excel", "Team Tool X").preferred();
        final Fixtures.ResumeBuilder office = Fixtures.resume()
                .skills(
                        new HeldSkill("Microsoft PowerPoint", null, null),
                        new HeldSkill("Microsoft Word", null, null),
                        new HeldSkill("Team Tool Y", null, null));
        assertThat(score(job, office).related()).isEmpty();
        final SkillScorer noFamilies = new SkillScorer(SkillScoreSettings.DEFAULTS, SkillFamilies.none());
        assertThat(noFamilies
                        .score(Fixtures.job().prepared(), Fixtures.resume().prepared())
                        .related())
                .isEmpty();
    }

    @Test
    void shouldRefuseRelatedCreditAboveTheBaseCreditOrAMinimumBelowOne() {
        assertThatThrownBy(() -> new SkillScoreSettings(0.75, 0.25, 0.8, 5, 0.9, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("match.skill.related-credit must be in [0, match.skill.base-credit], got 0.9");
        assertThatThrownBy(() -> new SkillScoreSettings(0.75, 0.25, 0.8, 5, 0.35, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("match.skill.related-min-held must be >= 1, got 0");
    }

    @Test
    void shouldClampToZeroWhenNothingMatches() {
        final SkillScore score = score(Fixtures.job(), Fixtures.resume().skillNames("Excel"));
        assertThat(score.score()).isEqualByComparingTo("0.00");
        assertThat(score.missingRequired()).hasSize(4);
    }

    @Test
    void shouldBeNeutralWhenJobListsNoSkills() {
        final SkillScore score = score(Fixtures.job().required().preferred(), Fixtures.resume());
        assertThat(score.score()).isEqualByComparingTo("50.00");
        assertThat(score.known()).isFalse();
    }

    @Test
    void shouldJudgeOnPreferredAloneWhenJobHasNoRequiredSkills() {
        final SkillScore score = score(
                Fixtures.job().required().preferred("AWS", "Kubernetes"),
                Fixtures.resume().skillNames("AWS"));
        // AWS with unknown depth 0.5 → 0.9; one of two → 45
        assertThat(score.score()).isEqualByComparingTo("45.00");
    }

    @Test
    void shouldMatchSynonymsThroughTheCanonicalizer() {
        final SkillCanonicalizer synonyms =
                SkillCanonicalizer.ofSynonyms(Map.of("자바", "Java", "postgres", "PostgreSQL"));
        final PreparedJob job = PreparedJob.of(
                Fixtures.job().required("Java", "PostgreSQL").preferred().build(), synonyms);
        final PreparedResume resume = PreparedResume.of(
                Fixtures.resume()
                        .skills(new HeldSkill("자바", 5, null), new HeldSkill("Postgres", 5, null))
                        .build(),
                synonyms);
        final SkillScore score = scorer.score(job, resume);
        assertThat(score.score()).isEqualByComparingTo("100.00");
        assertThat(score.matchedRequired()).containsExactly("Java", "PostgreSQL");
    }

    @Test
    void shouldMatchIgnoringCase() {
        final SkillScore score = score(
                Fixtures.job().required("Java").preferred(), Fixtures.resume().skills(new HeldSkill("JAVA", 9, null)));
        assertThat(score.score()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldCreditYearsAgainstTheJobsMinimumYears() {
        // 1 year of 4 required → depth 0.25 → credit 0.85
        final SkillScore score = score(
                Fixtures.job().required("Java").preferred().years(4, 8),
                Fixtures.resume().skills(new HeldSkill("Java", 1, Proficiency.EXPERT)));
        assertThat(score.score()).isEqualByComparingTo("85.00");
    }

    @Test
    void shouldUseLevelBandMinimumAsYearsTarget() {
        // senior band starts at 7 years: 7 years is full depth, 0 years is base credit
        final Fixtures.JobBuilder job =
                Fixtures.job().required("Java").preferred().years(null, null).level(ExperienceLevel.SENIOR);
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", 7, null)))
                        .score())
                .isEqualByComparingTo("100.00");
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", 0, null)))
                        .score())
                .isEqualByComparingTo("80.00");
    }

    @Test
    void shouldTreatOneYearAsFullDepthWhenJobAsksNoYears() {
        final SkillScore score = score(
                Fixtures.job().required("Java").preferred().years(null, null).level(null),
                Fixtures.resume().skills(new HeldSkill("Java", 1, null)));
        assertThat(score.score()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldUseProficiencyWhenYearsAreUnknown() {
        final Fixtures.JobBuilder job = Fixtures.job().required("Java").preferred();
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", null, Proficiency.BEGINNER)))
                        .score())
                .isEqualByComparingTo("85.00");
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", null, Proficiency.INTERMEDIATE)))
                        .score())
                .isEqualByComparingTo("90.00");
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", null, Proficiency.ADVANCED)))
                        .score())
                .isEqualByComparingTo("95.00");
        assertThat(score(job, Fixtures.resume().skills(new HeldSkill("Java", null, Proficiency.EXPERT)))
                        .score())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void shouldCreditHalfDepthWhenNothingIsKnownAboutTheSkill() {
        final SkillScore score = score(
                Fixtures.job().required("Java").preferred(), Fixtures.resume().skillNames("Java"));
        assertThat(score.score()).isEqualByComparingTo("90.00");
    }

    @Test
    void shouldTakeOffPenaltyPerMissingRequiredSkill() {
        final SkillScore score = score(
                Fixtures.job().required("Java", "Go").preferred(),
                Fixtures.resume().skills(new HeldSkill("Java", 10, null)));
        assertThat(score.score()).isEqualByComparingTo("45.00");
        final SkillScorer lenient = new SkillScorer(new SkillScoreSettings(0.75, 0.25, 0.8, 0));
        assertThat(lenient.score(
                                Fixtures.job()
                                        .required("Java", "Go")
                                        .preferred()
                                        .prepared(),
                                Fixtures.resume()
                                        .skills(new HeldSkill("Java", 10, null))
                                        .prepared())
                        .score())
                .isEqualByComparingTo("50.00");
    }

    @Test
    void shouldCollapseDuplicatesAndCountRequiredOverPreferred() {
        final PreparedJob job =
                Fixtures.job().required("Java", "java").preferred("Java", "AWS").prepared();
        assertThat(job.required()).extracting(PreparedJob.SkillRef::display).containsExactly("Java");
        assertThat(job.preferred()).extracting(PreparedJob.SkillRef::display).containsExactly("AWS");
    }

    @Test
    void shouldKeepTheDeeperOfTwoResumeEntriesForOneSkill() {
        final SkillCanonicalizer synonyms = SkillCanonicalizer.ofSynonyms(Map.of("자바", "Java"));
        final PreparedResume resume = PreparedResume.of(
                Fixtures.resume()
                        .skills(new HeldSkill("자바", 1, null), new HeldSkill("Java", 6, null))
                        .build(),
                synonyms);
        assertThat(resume.skill("java").years()).isEqualTo(6);
    }

    @Test
    void shouldIgnorePreferredWeightWhenSetToZero() {
        final SkillScorer requiredOnly = new SkillScorer(new SkillScoreSettings(1, 0, 0.8, 5));
        final SkillScore score = requiredOnly.score(
                Fixtures.job().required("Java").preferred("AWS").prepared(),
                Fixtures.resume().skills(new HeldSkill("Java", 9, null)).prepared());
        assertThat(score.score()).isEqualByComparingTo("100.00");
        assertThat(score.missingPreferred()).containsExactly("AWS");
    }

    @Test
    void shouldRejectInvalidSettingsNamingTheKey() {
        assertThatThrownBy(() -> new SkillScoreSettings(-1, 0.25, 0.8, 5))
                .hasMessage("match.skill.required-weight must be a finite number >= 0, got -1.0");
        assertThatThrownBy(() -> new SkillScoreSettings(0, 0, 0.8, 5))
                .hasMessage("match.skill.required-weight + match.skill.preferred-weight must be > 0");
        assertThatThrownBy(() -> new SkillScoreSettings(0.75, 0.25, 1.5, 5))
                .hasMessage("match.skill.base-credit must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new SkillScoreSettings(0.75, 0.25, 0.8, Double.NaN))
                .hasMessage("match.skill.missing-required-penalty must be a finite number >= 0, got NaN");
    }
}
