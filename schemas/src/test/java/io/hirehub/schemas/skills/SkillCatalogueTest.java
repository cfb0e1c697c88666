package io.hirehub.schemas.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.SkillCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkillCatalogueTest {

    private final SkillCatalogue catalogue = SkillCatalogue.builtIn();

    @Test
    void shouldCoverEveryOccupationalFamilyWithEnoughTags() {
        final Map<OccupationalFamily, List<CatalogueSkill>> families = catalogue.byFamily();
        assertThat(families.keySet()).containsExactlyInAnyOrder(OccupationalFamily.values());
        families.forEach((family, tags) -> assertThat(tags).as(family.code()).hasSizeGreaterThanOrEqualTo(12));
        assertThat(catalogue.skills()).hasSizeGreaterThanOrEqualTo(500);
    }

    @Test
    void shouldGiveMostTagsAKoreanSpelling() {
        final long korean = catalogue.skills().stream()
                .filter(s -> s.spellings().stream().anyMatch(SkillCatalogueTest::hasHangul))
                .count();
        assertThat((double) korean / catalogue.skills().size()).isGreaterThan(0.85);
    }

    @Test
    void shouldKeepTheSoftwareNamesTheParserAndDemoDataAlreadyUse() {
        // The parser's built-in catalog and the demo data write these names; the catalogue must not rename them.
        final Map<String, SkillCategory> existing = Map.ofEntries(
                Map.entry("Java", SkillCategory.LANGUAGE),
                Map.entry("Go", SkillCategory.LANGUAGE),
                Map.entry("C++", SkillCategory.LANGUAGE),
                Map.entry("SQL", SkillCategory.LANGUAGE),
                Map.entry("Spring Boot", SkillCategory.FRAMEWORK),
                Map.entry("JPA", SkillCategory.FRAMEWORK),
                Map.entry("Vue.js", SkillCategory.FRAMEWORK),
                Map.entry(".NET", SkillCategory.FRAMEWORK),
                Map.entry("Kafka", SkillCategory.FRAMEWORK),
                Map.entry("PyTorch", SkillCategory.FRAMEWORK),
                Map.entry("PostgreSQL", SkillCategory.DATABASE),
                Map.entry("Oracle", SkillCategory.DATABASE),
                Map.entry("SQL Server", SkillCategory.DATABASE),
                Map.entry("Elasticsearch", SkillCategory.DATABASE),
                Map.entry("AWS", SkillCategory.CLOUD),
                Map.entry("Kubernetes", SkillCategory.CLOUD),
                Map.entry("Terraform", SkillCategory.CLOUD),
                Map.entry("Jenkins", SkillCategory.CLOUD));
        existing.forEach((name, category) -> assertThat(catalogue.lookup(name))
                .as(name)
                .get()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo(name);
                    assertThat(s.category()).isEqualTo(category);
                }));
    }

    @Test
    void shouldResolveKoreanTransliterationsOfTools() {
        assertThat(name("스파크")).contains("Apache Spark");
        assertThat(name("테라폼")).contains("Terraform");
        assertThat(name("쿠버네티스")).contains("Kubernetes");
        assertThat(name("에어플로우")).contains("Apache Airflow");
        assertThat(name("태블로")).contains("Tableau");
        assertThat(name("피그마")).contains("Figma");
        assertThat(name("더존")).contains("Douzone ERP");
        assertThat(name("솔리드웍스")).contains("SolidWorks");
    }

    @Test
    void shouldListLicencesAndCertificatesAsSkills() {
        assertThat(List.of("간호사 면허", "CPA", "전산회계 1급", "정보처리기사", "지게차 자격증", "변호사 자격", "보육교사 2급"))
                .allSatisfy(spelling -> assertThat(catalogue.lookup(spelling))
                        .as(spelling)
                        .get()
                        .extracting(CatalogueSkill::category)
                        .isEqualTo(SkillCategory.CERTIFICATE));
        assertThat(name("CPA")).contains("공인회계사");
    }

    @Test
    void shouldLookUpIgnoringCaseAndSpaces() {
        assertThat(name("spring boot")).contains("Spring Boot");
        assertThat(name("스프링부트")).contains("Spring Boot");
        assertThat(name("데이터분석")).contains("Data Analysis");
        assertThat(catalogue.lookup("not a skill")).isEmpty();
    }

    @Test
    void shouldDeriveIdsLikeTheSkillTagWriter() {
        assertThat(catalogue.lookup("Java").orElseThrow().id().toString())
                .isEqualTo("8b81c035-537a-37b8-bd80-969db5994cf4");
        assertThat(catalogue.skills().stream().map(CatalogueSkill::id).distinct())
                .hasSameSizeAs(catalogue.skills());
    }

    @Test
    void shouldRejectASpellingThatMeansTwoSkills() {
        assertThatThrownBy(() -> SkillCatalogue.parse(
                        "name\tcategory\tfamily\tsynonyms\nSpark\tframework\tdata\t스파크\nSparkle\ttool\tdesign\t스 파크\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spelling '스 파크' belongs to both 'Spark' and 'Sparkle'");
    }

    @Test
    void shouldNameTheLineOfABadRow() {
        assertThatThrownBy(() -> SkillCatalogue.parse("name\tcategory\tfamily\tsynonyms\nJava\tlanguage\tsoftware\n"))
                .hasMessage("line 2: expected 4 tab-separated cells, got 3");
        assertThatThrownBy(() -> SkillCatalogue.parse("name\tcategory\tfamily\tsynonyms\nJava\tlingo\tsoftware\t\n"))
                .hasMessage("line 2: unknown skill category 'lingo'");
        assertThatThrownBy(() -> SkillCatalogue.parse("name\tcategory\tfamily\tsynonyms\nJava\tlanguage\tspace\t\n"))
                .hasMessage("line 2: unknown occupational family 'space'");
        assertThatThrownBy(() -> SkillCatalogue.parse("Java\tlanguage\tsoftware\t\n"))
                .hasMessage("line 1: expected the header 'name\tcategory\tfamily\tsynonyms'");
    }

    @Test
    void shouldWriteEveryCategoryTheCatalogueUsesWithItsSqlText() {
        assertThat(catalogue.skills().stream().map(CatalogueSkill::category).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SkillCategory.values())
                        .filter(c -> c != SkillCategory.UNKNOWN)
                        .toList());
        assertThat(SkillCatalogue.SqlValue.of(SkillCategory.CERTIFICATE)).isEqualTo("certificate");
    }

    private Optional<String> name(final String spelling) {
        return catalogue.lookup(spelling).map(CatalogueSkill::name);
    }

    private static boolean hasHangul(final String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }
}
