package io.hirehub.topologies.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code resume_skills.proficiency}; {@link #depth()} is the skill-depth credit used when years are unknown. */
public enum Proficiency implements SeedCodes.HasCode {
    BEGINNER("beginner", 0.25),
    INTERMEDIATE("intermediate", 0.5),
    ADVANCED("advanced", 0.75),
    EXPERT("expert", 1.0);

    private final String code;
    private final double depth;

    Proficiency(final String code, final double depth) {
        this.code = code;
        this.depth = depth;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Depth in [0, 1] that {@link SkillScorer} credits for this level. */
    public double depth() {
        return depth;
    }

    /** Parses a column value; {@code null} stays {@code null}. */
    public static Proficiency fromCode(final String code) {
        return SeedCodes.parse(Proficiency.class, "resume_skills.proficiency", code);
    }
}
