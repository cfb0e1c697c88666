package io.hirehub.schemas.skills;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the job migrations of the built-in catalogue: {@value #FIRST} (adds {@code skill_tags.synonyms}, inserts
 * the catalogue as it was then; applied, so frozen) and the newest catalogue update, {@value #FILE}, which brings
 * every database to the catalogue as it is now (new tags inserted, new spellings added to existing tags).
 */
final class SkillCatalogueSql {

    /** The first catalogue migration: applied in existing databases, so never edited again. */
    static final String FIRST = "job/V3__skill_catalogue.sql";
    /** The newest catalogue update; the next catalogue change adds a new version rendered by {@link #renderUpdate}. */
    static final String FILE = "job/V5__skill_catalogue_update.sql";

    private SkillCatalogueSql() {}

    /**
     * The update to the whole catalogue. A tag is matched by name: a new one is inserted with the catalogue's id; an
     * existing one keeps its id, its category (filled in when it had none) and its synonyms in their order, and gains
     * the spellings it lacks. Rows already holding everything are not touched (no change event for them). A row whose
     * id is taken by another name (a renamed tag) is left alone, as in V3.
     */
    static String renderUpdate(final SkillCatalogue catalogue) {
        final StringBuilder sql = new StringBuilder();
        sql.append("""
                -- job-service: the built-in skill catalogue, updated (issue 12): more spellings for existing tags.
                -- Rendered from schemas/src/main/resources/skills/skill-catalogue.tsv; SkillCatalogueMigrationTest keeps
                -- this file equal to the catalogue until the next catalogue change, which goes into a new version (Flyway
                -- refuses a changed applied migration).
                --
                -- By name: a new tag is inserted with id UUID.nameUUIDFromBytes('skill_tags:' || name); an existing tag
                -- keeps its id, category (filled in when it had none) and synonyms, and gains the spellings it lacks. Rows
                -- that already hold everything are not updated. A row whose id is taken by a renamed tag is left alone.

                INSERT INTO skill_tags (id, name, category, synonyms)
                SELECT v.id::uuid, v.name, v.category, v.synonyms::text[]
                FROM (VALUES
                """);
        values(sql, catalogue);
        sql.append("""
                ) AS v (id, name, category, synonyms)
                WHERE NOT EXISTS (SELECT 1 FROM skill_tags t WHERE t.id = v.id::uuid AND t.name <> v.name)
                ON CONFLICT (name) DO UPDATE
                    SET category = COALESCE(skill_tags.category, EXCLUDED.category),
                        synonyms = COALESCE(skill_tags.synonyms, '{}') || ARRAY(
                            SELECT s FROM unnest(EXCLUDED.synonyms) WITH ORDINALITY AS e (s, i)
                            WHERE NOT s = ANY (COALESCE(skill_tags.synonyms, '{}'))
                            ORDER BY i)
                    WHERE skill_tags.category IS NULL
                        OR NOT EXCLUDED.synonyms <@ COALESCE(skill_tags.synonyms, '{}');
                """);
        return sql.toString();
    }

    private static void values(final StringBuilder sql, final SkillCatalogue catalogue) {
        final List<CatalogueSkill> skills = catalogue.skills();
        for (int i = 0; i < skills.size(); i++) {
            final CatalogueSkill skill = skills.get(i);
            sql.append("    (")
                    .append(literal(skill.id().toString()))
                    .append(", ")
                    .append(literal(skill.name()))
                    .append(", ")
                    .append(literal(SkillCatalogue.SqlValue.of(skill.category())))
                    .append(", ")
                    .append(array(skill.synonyms()))
                    .append(i + 1 < skills.size() ? "),\n" : ")\n");
        }
    }

    private static String array(final List<String> values) {
        return values.isEmpty()
                ? "'{}'"
                : values.stream().map(SkillCatalogueSql::literal).collect(Collectors.joining(", ", "ARRAY[", "]"));
    }

    private static String literal(final String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
