package io.hirehub.topologies.resume.parse;

import java.util.Locale;

/** The seed's {@code skill_tags.category} values. */
public enum SkillCategory {
    LANGUAGE,
    FRAMEWORK,
    DATABASE,
    CLOUD;

    /** The value stored in {@code skill_tags.category}. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SkillCategory fromDbValue(final String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
