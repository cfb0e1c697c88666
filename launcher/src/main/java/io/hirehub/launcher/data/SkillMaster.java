package io.hirehub.launcher.data;

import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.SkillCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The skill master the generator and the importer use: canonical {@code skill_tags} names (the same
 * spellings the resume parser's vocabulary normalises to) with their category and the spellings Korean and English
 * resume text use: the software tags the demo always had, then every tag of the built-in catalogue.
 */
final class SkillMaster {

    /**
     * @param name     canonical name
     * @param category skill_tags.category
     * @param korean   how Korean resumes write it (often the same)
     */
    record Skill(String name, SkillCategory category, String korean, String english) {

        Skill(final String name, final SkillCategory category, final String korean) {
            this(name, category, korean, name);
        }

        NewSkillTag tag() {
            return new NewSkillTag(name, category);
        }
    }

    private static final Map<String, Skill> BY_NAME = new LinkedHashMap<>();

    static {
        lang("Java", "자바");
        lang("Kotlin", "코틀린");
        lang("Python", "파이썬");
        lang("JavaScript", "자바스크립트");
        lang("TypeScript", "타입스크립트");
        lang("Go", "Go");
        lang("C++", "C++");
        lang("C#", "C#");
        lang("Scala", "스칼라");
        lang("Rust", "러스트");
        lang("Swift", "스위프트");
        lang("Dart", "다트");
        lang("SQL", "SQL");
        lang("PHP", "PHP");
        fw("Spring", "스프링");
        fw("Spring Boot", "스프링 부트");
        fw("Spring Cloud", "스프링 클라우드");
        fw("JPA", "JPA");
        fw("React", "리액트");
        fw("Vue.js", "Vue.js");
        fw("Angular", "앵귤러");
        fw("Node.js", "Node.js");
        fw("Next.js", "Next.js");
        fw("NestJS", "NestJS");
        fw("Django", "장고");
        fw("Flask", "플라스크");
        fw("FastAPI", "FastAPI");
        fw("Flutter", "플러터");
        fw("Kafka", "카프카");
        fw("TensorFlow", "텐서플로");
        fw("PyTorch", "파이토치");
        fw(".NET", ".NET");
        db("PostgreSQL", "PostgreSQL");
        db("MySQL", "MySQL");
        db("MariaDB", "MariaDB");
        db("Oracle", "오라클");
        db("MongoDB", "MongoDB");
        db("Redis", "레디스");
        db("Elasticsearch", "엘라스틱서치");
        db("DynamoDB", "DynamoDB");
        db("Cassandra", "카산드라");
        cloud("AWS", "AWS");
        cloud("GCP", "GCP");
        cloud("Azure", "Azure");
        cloud("Docker", "도커");
        cloud("Kubernetes", "쿠버네티스");
        cloud("Terraform", "테라폼");
        cloud("Jenkins", "젠킨스");
        // Every other tag of the built-in catalogue (what job migration V3 writes), so roles of any field draw
        // skills the parser recognises.
        for (final CatalogueSkill skill : SkillCatalogue.builtIn().skills()) {
            BY_NAME.putIfAbsent(skill.name(), fromCatalogue(skill));
        }
    }

    /** Korean text writes the first Hangul spelling, English text the first one without Hangul. */
    private static Skill fromCatalogue(final CatalogueSkill skill) {
        final List<String> spellings = new ArrayList<>();
        spellings.add(skill.name());
        spellings.addAll(skill.synonyms());
        final String korean =
                spellings.stream().filter(SkillMaster::hangul).findFirst().orElse(skill.name());
        final String english =
                spellings.stream().filter(s -> !hangul(s)).findFirst().orElse(skill.name());
        return new Skill(skill.name(), skill.category(), korean, english);
    }

    private static boolean hangul(final String text) {
        return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private SkillMaster() {}

    private static void lang(final String name, final String korean) {
        BY_NAME.put(name, new Skill(name, SkillCategory.LANGUAGE, korean));
    }

    private static void fw(final String name, final String korean) {
        BY_NAME.put(name, new Skill(name, SkillCategory.FRAMEWORK, korean));
    }

    private static void db(final String name, final String korean) {
        BY_NAME.put(name, new Skill(name, SkillCategory.DATABASE, korean));
    }

    private static void cloud(final String name, final String korean) {
        BY_NAME.put(name, new Skill(name, SkillCategory.CLOUD, korean));
    }

    static List<Skill> all() {
        return List.copyOf(BY_NAME.values());
    }

    static Skill get(final String name) {
        final Skill skill = BY_NAME.get(name);
        if (skill == null) {
            throw new IllegalArgumentException("not in the skill master: " + name);
        }
        return skill;
    }

    /** The master's entry for a name in any case, if known. */
    static Optional<Skill> find(final String name) {
        final Skill exact = BY_NAME.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        final String lower = name.toLowerCase(Locale.ROOT);
        return BY_NAME.values().stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /** The tag to write for a name: the master's spelling and category when known, else the name as given. */
    static NewSkillTag tagFor(final String name) {
        return find(name.strip()).map(Skill::tag).orElseGet(() -> NewSkillTag.named(name));
    }
}
