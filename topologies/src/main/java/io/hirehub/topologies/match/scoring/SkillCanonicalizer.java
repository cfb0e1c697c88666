package io.hirehub.topologies.match.scoring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a skill name to its canonical {@code skill_tags.name} (synonym hook): the topology builds
 * one from the skill_tags master; tests use {@link #identity()} or {@link #ofSynonyms(Map)}.
 * Two skills match when their canonical names are equal ignoring case.
 */
@FunctionalInterface
public interface SkillCanonicalizer {

    /** Canonical name for {@code name}, never {@code null}. */
    String canonical(String name);

    /** Trims only: the names are already canonical. */
    static SkillCanonicalizer identity() {
        return String::trim;
    }

    /**
     * Case-insensitive alias table (alias → canonical name), e.g. {@code "자바" → "Java"},
     * {@code "postgres" → "PostgreSQL"}. Unknown names pass through trimmed.
     */
    static SkillCanonicalizer ofSynonyms(final Map<String, String> aliasToCanonical) {
        final Map<String, String> table = new HashMap<>();
        aliasToCanonical.forEach(
                (alias, canonical) -> table.put(alias.trim().toLowerCase(Locale.ROOT), canonical.trim()));
        return name -> {
            final String trimmed = name.trim();
            return table.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
        };
    }

    /** Case-folded key under which canonical names compare. */
    static String key(final String canonicalName) {
        return canonicalName.toLowerCase(Locale.ROOT);
    }
}
