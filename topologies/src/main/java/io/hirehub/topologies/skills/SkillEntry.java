package io.hirehub.topologies.skills;

import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.skills.CatalogueSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A canonical skill as in {@code skill_tags}: its {@code name}, {@code category} ({@code UNKNOWN} when the row has
 * none), and the other spellings (Korean and English) that mean it ({@code skill_tags.synonyms}).
 */
public record SkillEntry(String name, SkillCategory category, List<String> synonyms) {

    public SkillEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (name.isBlank()) {
            throw new IllegalArgumentException("skill name must not be blank");
        }
        synonyms = List.copyOf(synonyms);
    }

    /** The entry of a built-in catalogue row. */
    public static SkillEntry of(final CatalogueSkill skill) {
        return new SkillEntry(skill.name(), skill.category(), skill.synonyms());
    }

    /** The entry of a {@code skill_tags} row as it arrives on the changelog. */
    public static SkillEntry of(final SkillTag tag) {
        final List<String> synonyms = new ArrayList<>();
        if (tag.getSynonyms() != null) {
            for (final String synonym : tag.getSynonyms()) {
                if (synonym != null && !synonym.isBlank()) {
                    synonyms.add(synonym.strip());
                }
            }
        }
        return new SkillEntry(
                tag.getName().strip(), tag.getCategory() == null ? SkillCategory.UNKNOWN : tag.getCategory(), synonyms);
    }

    /** The name followed by the synonyms. */
    public List<String> spellings() {
        final List<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(name);
        all.addAll(synonyms);
        return all;
    }
}
