package io.hirehub.topologies.resume.parse;

import io.hirehub.avro.entity.SkillCategory;
import java.util.List;
import java.util.Objects;

/**
 * A canonical skill as in {@code skill_tags}: its {@code name}, {@code category}, and the
 * spellings (Korean and English) that mean it.
 */
public record SkillEntry(String name, SkillCategory category, List<String> synonyms) {

    public SkillEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        synonyms = List.copyOf(synonyms);
    }
}
