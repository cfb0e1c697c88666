package io.hirehub.topologies.skills;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.values.SeedValues;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillVocabularyTest {

    private final SkillVocabulary catalog = SkillVocabulary.builtIn();

    private List<String> names(final String text) {
        return catalog.find(text).stream().map(m -> m.skill().name()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "자바를 주력으로 사용 | Java",
                "Java | Java",
                "스프링 | Spring",
                "스프링부트 | Spring Boot",
                "스프링 부트 | Spring Boot",
                "SpringBoot | Spring Boot",
                "쿠버네티스 | Kubernetes",
                "k8s | Kubernetes",
                "파이썬 | Python",
                "리액트 | React",
                "React.js | React",
                "도커 | Docker",
                "아마존 웹 서비스 | AWS",
                "포스트그레스 | PostgreSQL",
                "Postgres | PostgreSQL",
                "자바스크립트 | JavaScript",
                "JavaScript | JavaScript",
                "Golang | Go",
                "C++ | C++",
                "Node.js | Node.js"
            })
    void shouldNormaliseSynonyms(final String text, final String expected) {
        assertThat(names(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We go to the office", "클러스터 노드 3대", "노드 관리", "express delivery", "Java에서"})
    void shouldNotMatchAmbiguousWords(final String text) {
        assertThat(names(text)).doesNotContain("Go", "Node.js", "Express.js", "JavaScript");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Java | language", "Spring | framework", "MySQL | database", "AWS | cloud"})
    void shouldCarryTheSeedCategory(final String name, final String category) {
        assertThat(catalog.lookup(name))
                .get()
                .extracting(s -> SeedValues.sql(s.category()))
                .isEqualTo(category);
    }
}
