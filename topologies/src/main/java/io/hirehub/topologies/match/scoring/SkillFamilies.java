package io.hirehub.topologies.match.scoring;

import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.OccupationalFamily;
import io.hirehub.schemas.skills.SkillCatalogue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The occupational family of a skill, by its canonical key ({@link SkillCanonicalizer#key}), for the related-skill
 * credit of {@link SkillScorer}. Families come from the built-in catalogue (they are not a {@code skill_tags}
 * column): a tag added later through the database has none, and so earns only exact credit. {@link
 * OccupationalFamily#GENERAL} (office tools, languages, methods shared by every field) relates nothing.
 */
@FunctionalInterface
public interface SkillFamilies {

    /** The family of the skill under {@code key}, if one relates skills. */
    Optional<OccupationalFamily> familyOf(String key);

    /** No families: only exact skills earn credit. */
    static SkillFamilies none() {
        return key -> Optional.empty();
    }

    /** The built-in catalogue's families. */
    static SkillFamilies builtIn() {
        return BuiltIn.FAMILIES;
    }

    /** Loaded once: the catalogue is a resource of the schemas module. */
    final class BuiltIn {
        private static final SkillFamilies FAMILIES = of(SkillCatalogue.builtIn());

        private BuiltIn() {}

        static SkillFamilies of(final SkillCatalogue catalogue) {
            final Map<String, OccupationalFamily> byKey = new HashMap<>();
            for (final CatalogueSkill skill : catalogue.skills()) {
                if (skill.family() != OccupationalFamily.GENERAL) {
                    byKey.put(SkillCanonicalizer.key(skill.name()), skill.family());
                }
            }
            return key -> Optional.ofNullable(byKey.get(key));
        }
    }
}
