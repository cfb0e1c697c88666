package io.hirehub.schemas.skills;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.migration.SqlDdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The newest catalogue migration brings a database to exactly the catalogue rows (the TSV is the one place to edit);
 * the first one, V3, is applied in existing databases and stays as it is.
 */
class SkillCatalogueMigrationTest {

    @Test
    void shouldInsertExactlyTheCatalogueRows() throws IOException {
        final String expected = SkillCatalogueSql.renderUpdate(SkillCatalogue.builtIn());
        final String actual = SqlDdl.load().files().get(SkillCatalogueSql.FILE);
        if (!expected.equals(actual)) {
            final Path rendered = Path.of(System.getProperty("basedir", "."), "target", "skill-catalogue")
                    .resolve(Path.of(SkillCatalogueSql.FILE).getFileName());
            Files.createDirectories(rendered.getParent());
            Files.writeString(rendered, expected, StandardCharsets.UTF_8);
            assertThat(actual)
                    .as("sql/" + SkillCatalogueSql.FILE + " differs from the catalogue; the rendering is in "
                            + rendered)
                    .isEqualTo(expected);
        }
    }

    @Test
    void shouldKeepTheFirstCatalogueMigrationAndNameTheUpdateAfterIt() {
        final var files = SqlDdl.load().files();
        assertThat(files).containsKey(SkillCatalogueSql.FIRST).containsKey(SkillCatalogueSql.FILE);
        assertThat(SqlDdl.version(SkillCatalogueSql.FILE)).isGreaterThan(SqlDdl.version(SkillCatalogueSql.FIRST));
        // The update merges: existing spellings are kept in their order, only missing ones are appended, and rows
        // that hold everything are not rewritten.
        assertThat(files.get(SkillCatalogueSql.FILE))
                .contains("COALESCE(skill_tags.synonyms, '{}') || ARRAY(")
                .contains("WHERE NOT s = ANY (COALESCE(skill_tags.synonyms, '{}'))")
                .contains("OR NOT EXCLUDED.synonyms <@ COALESCE(skill_tags.synonyms, '{}')")
                .doesNotContain("ALTER TABLE");
    }

    @Test
    void shouldAddTheSynonymsColumnAsATextArray() {
        assertThat(SqlDdl.load().contractOnly().table("skill_tags").columns())
                .containsExactly(
                        new SqlDdl.Column("id", "UUID", false),
                        new SqlDdl.Column("name", "VARCHAR(100)", false),
                        new SqlDdl.Column("category", "VARCHAR(50)", true),
                        new SqlDdl.Column("synonyms", "TEXT[]", true));
    }

    @Test
    void shouldQuoteApostrophesAndWriteEmptySynonymsAsAnEmptyArray() {
        final String sql = SkillCatalogueSql.renderUpdate(
                SkillCatalogue.parse(
                        "name\tcategory\tfamily\tsynonyms\nDriver's License\tcertificate\tgeneral\tO'Neil|운전면허\nPHP\tlanguage\tsoftware\t\n"));
        assertThat(sql)
                .contains("'Driver''s License', 'certificate', ARRAY['O''Neil', '운전면허'])")
                .contains("'PHP', 'language', '{}')")
                .contains("(" + "'" + CatalogueSkill.idOf("PHP") + "'");
    }
}
