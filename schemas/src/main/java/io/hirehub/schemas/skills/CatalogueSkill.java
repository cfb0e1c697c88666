package io.hirehub.schemas.skills;

import io.hirehub.avro.entity.SkillCategory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of the built-in skill catalogue: a {@code skill_tags} row plus the family it is listed under.
 *
 * @param name     {@code skill_tags.name}, canonical spelling (at most 100 characters)
 * @param category {@code skill_tags.category}, never {@code UNKNOWN}
 * @param family   where the tag is listed (not a column)
 * @param synonyms {@code skill_tags.synonyms}: other spellings meaning the same skill, in order
 */
public record CatalogueSkill(String name, SkillCategory category, OccupationalFamily family, List<String> synonyms) {

    public CatalogueSkill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(family, "family");
        if (name.isBlank() || name.length() > 100 || !name.strip().equals(name)) {
            throw new IllegalArgumentException(
                    "skill name must be 1..100 characters without outer spaces: '" + name + "'");
        }
        if (category == SkillCategory.UNKNOWN) {
            throw new IllegalArgumentException("skill '" + name + "': UNKNOWN is not a category to write");
        }
        synonyms = List.copyOf(synonyms);
    }

    /**
     * The row's id: {@code UUID.nameUUIDFromBytes("skill_tags:" + name)}, the id the edge's skill tag writer gives a
     * new tag, so a tag created by the writers and the same tag from the catalogue are one row.
     */
    public UUID id() {
        return idOf(name);
    }

    /** The derived id of any tag name. */
    public static UUID idOf(final String name) {
        return UUID.nameUUIDFromBytes(("skill_tags:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The name followed by the synonyms. */
    public List<String> spellings() {
        final ArrayList<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(name);
        all.addAll(synonyms);
        return List.copyOf(all);
    }
}
