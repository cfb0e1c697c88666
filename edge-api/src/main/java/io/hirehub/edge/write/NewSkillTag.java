package io.hirehub.edge.write;

import io.hirehub.avro.entity.SkillCategory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code skill_tags} entry: the exact name (unique) and its category. Its id is derived from the
 * name, so the same skill gets the same id in every database and every seed run.
 *
 * @param name     {@code name}, required, at most 100 characters
 * @param category {@code category}, or null when unknown
 */
public record NewSkillTag(String name, SkillCategory category) {

    public NewSkillTag {
        name = Fields.required("name", name, 100);
        if (category == SkillCategory.UNKNOWN) {
            throw new InvalidFieldException("category", "UNKNOWN is not a value to write");
        }
    }

    /** A tag of unknown category. */
    public static NewSkillTag named(final String name) {
        return new NewSkillTag(name, null);
    }

    /** The id this name gets when it is created here. */
    public UUID derivedId() {
        return UUID.nameUUIDFromBytes(("skill_tags:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
