package io.hirehub.schemas.skills;

import java.util.List;
import java.util.stream.Collectors;

/** Renders the job migration that adds {@code skill_tags.synonyms} and inserts the built-in catalogue. */
final class SkillCatalogueSql {

    static final String FILE = "job/V3__skill_catalogue.sql";

    private SkillCatalogueSql() {}

    static String render(final SkillCatalogue catalogue) {
        final StringBuilder sql = new StringBuilder();
        sql.append("""
                -- job-service: synonyms for the skill master, and the built-in skill catalogue (issue 12).
                -- Rendered from schemas/src/main/resources/skills/skill-catalogue.tsv; SkillCatalogueMigrationTest keeps
                -- this file equal to the catalogue (edit the TSV, run the test, copy the file it writes). Flyway refuses a
                -- changed applied migration: new tags go into a new migration, never into this one.
                --
                -- Ids are UUID.nameUUIDFromBytes('skill_tags:' || name), the id the edge's SkillTagWriter gives a new tag,
                -- so a tag the writers created earlier is the same row: it keeps its id and category (filled in when it
                -- had none) and gains the synonyms. A row whose id is taken by a renamed tag is left alone.

                ALTER TABLE skill_tags ADD COLUMN IF NOT EXISTS synonyms TEXT[];

                INSERT INTO skill_tags (id, name, category, synonyms)
                SELECT v.id::uuid, v.name, v.category, v.synonyms::text[]
                FROM (VALUES
                """);
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
        sql.append("""
                ) AS v (id, name, category, synonyms)
                WHERE NOT EXISTS (SELECT 1 FROM skill_tags t WHERE t.id = v.id::uuid)
                ON CONFLICT (name) DO UPDATE
                    SET category = COALESCE(skill_tags.category, EXCLUDED.category),
                        synonyms = COALESCE(skill_tags.synonyms, EXCLUDED.synonyms);
                """);
        return sql.toString();
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
