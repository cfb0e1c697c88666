package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.Proficiency;

/** One {@code resume_skills} row: canonical skill name, optional years and proficiency. */
public record HeldSkill(String name, Integer years, Proficiency proficiency) {

    /** Rejects a blank name and negative years. */
    public HeldSkill {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("resume_skills.skill_name must not be blank");
        }
        if (years != null && years < 0) {
            throw new IllegalArgumentException("resume_skills.years must be >= 0, got " + years);
        }
    }

    /** A skill with nothing known about its depth. */
    public static HeldSkill of(final String name) {
        return new HeldSkill(name, null, null);
    }
}
