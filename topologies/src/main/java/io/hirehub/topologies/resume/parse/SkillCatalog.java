package io.hirehub.topologies.resume.parse;

import io.hirehub.avro.entity.SkillCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skill dictionary: canonical {@code skill_tags} names with Korean and English synonyms, and a
 * finder that locates them in free text. Latin spellings match case-insensitively on word
 * boundaries ({@code Java} never inside {@code JavaScript}); Hangul spellings may carry particles
 * ({@code 자바를}); overlapping finds keep the longest ({@code 스프링부트} over {@code 스프링}).
 * Ambiguous short words ({@code Go}, {@code C}) match only in unambiguous spellings.
 */
public final class SkillCatalog {

    private static final SkillCatalog DEFAULT = new SkillCatalog(defaultSkills());

    private final Map<String, SkillEntry> byName = new LinkedHashMap<>();
    private final Map<String, SkillEntry> bySynonym = new HashMap<>();
    private final List<Spelling> spellings = new ArrayList<>();

    /**
     * One spelling's matcher, with the lower-case text its every match must contain (the spelling's
     * first word): a plain {@code contains} on the lower-cased text rules most of ~200 spellings out
     * before any regex runs, which made skill finding the largest cost of a resume's analysis.
     */
    private record Spelling(Pattern pattern, String needle, SkillEntry skill) {}

    public SkillCatalog(final List<SkillEntry> skills) {
        for (final SkillEntry skill : skills) {
            byName.put(skill.name().toLowerCase(Locale.ROOT), skill);
            for (final String synonym : spellings(skill)) {
                bySynonym.put(synonym.toLowerCase(Locale.ROOT), skill);
                spellings.add(new Spelling(
                        compile(synonym), synonym.toLowerCase(Locale.ROOT).split(" ", 2)[0], skill));
            }
        }
    }

    /** The built-in catalog. */
    public static SkillCatalog defaults() {
        return DEFAULT;
    }

    /** All canonical skills. */
    public List<SkillEntry> skills() {
        return List.copyOf(byName.values());
    }

    /** The skill a spelling (any case) stands for. */
    public Optional<SkillEntry> lookup(final String spelling) {
        final String key = spelling.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(bySynonym.getOrDefault(key, byName.get(key)));
    }

    /** Non-overlapping mentions in text order; the longest spelling wins an overlap. */
    public List<SkillMention> find(final String text) {
        final List<SkillMention> all = new ArrayList<>();
        final String lower = text.toLowerCase(Locale.ROOT);
        for (final Spelling spelling : spellings) {
            if (!lower.contains(spelling.needle())) {
                continue;
            }
            final Matcher matcher = spelling.pattern().matcher(text);
            while (matcher.find()) {
                all.add(new SkillMention(spelling.skill(), matcher.start(), matcher.end()));
            }
        }
        all.sort(Comparator.comparingInt((SkillMention m) -> m.end() - m.start())
                .reversed()
                .thenComparingInt(SkillMention::start));
        final List<SkillMention> chosen = new ArrayList<>();
        for (final SkillMention mention : all) {
            if (chosen.stream().noneMatch(c -> c.start() < mention.end() && mention.start() < c.end())) {
                chosen.add(mention);
            }
        }
        chosen.sort(Comparator.comparingInt(SkillMention::start));
        return chosen;
    }

    private static List<String> spellings(final SkillEntry skill) {
        final List<String> spellings = new ArrayList<>(skill.synonyms());
        if (!skill.name().equals("Go")) {
            spellings.add(0, skill.name());
        }
        return spellings;
    }

    private static Pattern compile(final String spelling) {
        final boolean hangul =
                spelling.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
        final String body = Pattern.quote(spelling).replace(" ", "\\E[ ]?\\Q");
        if (hangul) {
            return Pattern.compile("(?<![가-힣])" + body);
        }
        final boolean caseSensitive = spelling.equals("Go") || spelling.equals("Golang") || spelling.length() <= 2;
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}+#.])" + body + "(?![\\p{L}\\p{N}+#]|\\.[\\p{L}])",
                caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static SkillEntry skill(final String name, final SkillCategory category, final String... synonyms) {
        return new SkillEntry(name, category, List.of(synonyms));
    }

    private static List<SkillEntry> defaultSkills() {
        final SkillCategory l = SkillCategory.LANGUAGE;
        final SkillCategory f = SkillCategory.FRAMEWORK;
        final SkillCategory d = SkillCategory.DATABASE;
        final SkillCategory c = SkillCategory.CLOUD;
        return List.of(
                skill("Java", l, "자바"),
                skill("Kotlin", l, "코틀린"),
                skill("Python", l, "파이썬"),
                skill("JavaScript", l, "자바스크립트", "JS", "ECMAScript"),
                skill("TypeScript", l, "타입스크립트", "TS"),
                skill("Go", l, "Golang", "Go언어", "고랭", "Go 언어"),
                skill("C++", l, "씨쁠쁠", "CPP"),
                skill("C#", l, "씨샵", "CSharp"),
                skill("Scala", l, "스칼라"),
                skill("Rust", l, "러스트"),
                skill("Ruby", l, "루비"),
                skill("PHP", l),
                skill("Swift", l, "스위프트"),
                skill("Dart", l, "다트"),
                skill("SQL", l),
                skill("Spring", f, "스프링", "Spring Framework", "스프링 프레임워크"),
                skill("Spring Boot", f, "스프링부트", "스프링 부트", "SpringBoot"),
                skill("Spring Cloud", f, "스프링 클라우드"),
                skill("JPA", f, "Hibernate", "하이버네이트"),
                skill("React", f, "리액트", "React.js", "ReactJS"),
                skill("Vue.js", f, "Vue", "VueJS", "뷰JS"),
                skill("Angular", f, "앵귤러", "AngularJS"),
                skill("Node.js", f, "NodeJS", "노드JS", "노드제이에스"),
                skill("Next.js", f, "NextJS", "넥스트JS"),
                skill("NestJS", f, "Nest.js", "네스트JS"),
                skill("Express.js", f, "ExpressJS"),
                skill("Django", f, "장고"),
                skill("Flask", f, "플라스크"),
                skill("FastAPI", f),
                skill("Ruby on Rails", f, "Rails", "레일즈"),
                skill(".NET", f, "닷넷", "ASP.NET"),
                skill("Flutter", f, "플러터"),
                skill("Kafka", f, "Apache Kafka", "카프카", "Kafka Streams"),
                skill("TensorFlow", f, "텐서플로우", "텐서플로"),
                skill("PyTorch", f, "파이토치"),
                skill("PostgreSQL", d, "Postgres", "포스트그레스", "포스트그레SQL", "포스트그레스큐엘"),
                skill("MySQL", d, "마이SQL", "마이에스큐엘"),
                skill("MariaDB", d, "마리아DB"),
                skill("Oracle", d, "Oracle DB", "오라클"),
                skill("MongoDB", d, "몽고DB", "몽고디비", "Mongo"),
                skill("Redis", d, "레디스"),
                skill("Elasticsearch", d, "엘라스틱서치", "Elastic Search", "OpenSearch", "오픈서치"),
                skill("DynamoDB", d, "다이나모DB"),
                skill("Cassandra", d, "카산드라"),
                skill("SQL Server", d, "MSSQL", "MS SQL"),
                skill("AWS", c, "Amazon Web Services", "아마존 웹 서비스", "아마존웹서비스"),
                skill("GCP", c, "Google Cloud", "Google Cloud Platform", "구글 클라우드"),
                skill("Azure", c, "Microsoft Azure", "애저"),
                skill("Docker", c, "도커"),
                skill("Kubernetes", c, "쿠버네티스", "K8s"),
                skill("Terraform", c, "테라폼"),
                skill("Jenkins", c, "젠킨스"));
    }
}
