package io.hirehub.topologies.match;

/**
 * The years of experience a job asks for: explicit {@code experience_min}/{@code experience_max}
 * where given, each missing end filled from the {@link ExperienceLevel} band when that keeps the
 * range ordered. Either end may be {@code null} (open).
 */
public record YearsRange(Integer min, Integer max) {

    /** No requirement at all. */
    public static final YearsRange NONE = new YearsRange(null, null);

    /** The effective range of a job. */
    public static YearsRange of(final JobProfile job) {
        Integer min = job.experienceMin();
        Integer max = job.experienceMax();
        final ExperienceLevel level = job.experienceLevel();
        if (level != null) {
            if (min == null && (max == null || level.minYears() <= max)) {
                min = level.minYears();
            }
            if (max == null && level.maxYears() != null && (min == null || level.maxYears() >= min)) {
                max = level.maxYears();
            }
        }
        return new YearsRange(min, max);
    }

    /** Whether the job states any bound. */
    public boolean isConstrained() {
        return min != null || max != null;
    }

    /** "3~7년", "7년 이상", "3년 이하" — used by the Korean explanation. */
    public String korean() {
        if (min != null && max != null) {
            return min.equals(max) ? min + "년" : min + "~" + max + "년";
        }
        if (min != null) {
            return min + "년 이상";
        }
        if (max != null) {
            return max + "년 이하";
        }
        return "무관";
    }
}
