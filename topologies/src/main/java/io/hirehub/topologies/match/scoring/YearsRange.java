package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.ExperienceLevel;

/**
 * The years of experience a job asks for: explicit {@code experience_min}/{@code experience_max}
 * where given, each missing end filled from the {@link ExperienceLevel} band when that keeps the
 * range ordered. Either end may be {@code null} (open).
 *
 * <p>The band each {@code jobs.experience_level} stands for: entry 0–2, junior 1–3, mid 3–7,
 * senior 7+. The bands overlap on purpose: a 2-year developer fits both an entry and a junior
 * opening.
 */
public record YearsRange(Integer min, Integer max) {

    /** No requirement at all. */
    public static final YearsRange NONE = new YearsRange(null, null);

    /** The band of a level; {@code UNKNOWN} (a newer writer's level) states nothing. */
    public static YearsRange band(final ExperienceLevel level) {
        return switch (level) {
            case ENTRY -> new YearsRange(0, 2);
            case JUNIOR -> new YearsRange(1, 3);
            case MID -> new YearsRange(3, 7);
            case SENIOR -> new YearsRange(7, null);
            case UNKNOWN -> NONE;
        };
    }

    /** The effective range of a job. */
    public static YearsRange of(final JobMatchProfile job) {
        Integer min = job.experienceMin();
        Integer max = job.experienceMax();
        if (job.experienceLevel() != null) {
            final YearsRange band = band(job.experienceLevel());
            if (min == null && band.min() != null && (max == null || band.min() <= max)) {
                min = band.min();
            }
            if (max == null && band.max() != null && (min == null || band.max() >= min)) {
                max = band.max();
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
