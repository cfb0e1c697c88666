package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.ExperienceLevel;

/**
 * {@code experience_score}: the resume's total years against the job's effective years range
 * ({@link YearsRange}: explicit {@code experience_min}/{@code experience_max}, missing ends filled
 * from the {@code experience_level} band entry 0–2, junior 1–3, mid 3–7, senior 7+).
 *
 * <ul>
 *   <li>within the range: 100</li>
 *   <li>below the minimum: 100 − 25 per missing year (0 from four years short)</li>
 *   <li>above the maximum: 100 − 10 per extra year, never below 50 (over-qualification is a softer
 *       mismatch than a shortfall)</li>
 *   <li>the job states no years and no level: 100 (nothing to fail)</li>
 *   <li>the resume states no years: neutral 50</li>
 * </ul>
 */
public final class ExperienceScorer {

    static final double BELOW_PENALTY_PER_YEAR = 25;
    static final double ABOVE_PENALTY_PER_YEAR = 10;
    static final double ABOVE_FLOOR = 50;

    /** Scores one pair. */
    public ExperienceScore score(final PreparedJob job, final ResumeMatchProfile resume) {
        final YearsRange range = job.years();
        final Integer years = resume.totalYears();
        final ExperienceLevel level = job.profile().experienceLevel();
        if (!range.isConstrained()) {
            return new ExperienceScore(Scores.MAX, ExperienceFit.NO_REQUIREMENT, years, null, null, level);
        }
        if (years == null) {
            return new ExperienceScore(Scores.NEUTRAL, ExperienceFit.UNKNOWN, null, range.min(), range.max(), level);
        }
        final ExperienceFit fit;
        final double score;
        if (range.min() != null && years < range.min()) {
            fit = ExperienceFit.BELOW;
            score = 100 - BELOW_PENALTY_PER_YEAR * (range.min() - years);
        } else if (range.max() != null && years > range.max()) {
            fit = ExperienceFit.ABOVE;
            score = Math.max(ABOVE_FLOOR, 100 - ABOVE_PENALTY_PER_YEAR * (years - range.max()));
        } else {
            fit = ExperienceFit.WITHIN;
            score = 100;
        }
        return new ExperienceScore(Scores.of(score), fit, years, range.min(), range.max(), level);
    }
}
