package io.hirehub.topologies.match;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code jobs.experience_level} with the years band each level stands for when the job gives no
 * explicit {@code experience_min}/{@code experience_max}: entry 0–2, junior 1–3, mid 3–7, senior 7+.
 * The bands overlap on purpose: a 2-year developer fits both an entry and a junior opening.
 */
public enum ExperienceLevel implements SeedCodes.HasCode {
    ENTRY("entry", 0, 2),
    JUNIOR("junior", 1, 3),
    MID("mid", 3, 7),
    SENIOR("senior", 7, null);

    private final String code;
    private final int minYears;
    private final Integer maxYears;

    ExperienceLevel(final String code, final int minYears, final Integer maxYears) {
        this.code = code;
        this.minYears = minYears;
        this.maxYears = maxYears;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Lowest years of the band. */
    public int minYears() {
        return minYears;
    }

    /** Highest years of the band, {@code null} when open-ended (senior). */
    public Integer maxYears() {
        return maxYears;
    }

    /** Parses a column value; {@code null} stays {@code null}. */
    public static ExperienceLevel fromCode(final String code) {
        return SeedCodes.parse(ExperienceLevel.class, "jobs.experience_level", code);
    }
}
