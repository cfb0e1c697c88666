package io.hirehub.schemas.skills;

import io.hirehub.avro.entity.SkillCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in skill catalogue ({@value #RESOURCE}): the tags the job migration V3 writes to {@code skill_tags},
 * with categories, synonyms and families. The database is the system of record once migrated; this copy is for
 * code that needs the same vocabulary without a database (demo data, tests, quality sets).
 *
 * <p>Format: UTF-8, tab-separated {@code name, category, family, synonyms}; synonyms separated by {@code |}; lines
 * starting with {@code #} and the header line are skipped. Every spelling (name or synonym) belongs to exactly one
 * tag, compared ignoring case and spaces, so a spelling never means two skills (Korean spacing varies: a tag may
 * list both {@code 데이터 분석} and {@code 데이터분석}).
 */
public final class SkillCatalogue {

    /** Classpath location of the catalogue. */
    public static final String RESOURCE = "/skills/skill-catalogue.tsv";

    private static final String HEADER = "name\tcategory\tfamily\tsynonyms";

    private final List<CatalogueSkill> skills;
    private final Map<String, CatalogueSkill> bySpelling;

    private SkillCatalogue(final List<CatalogueSkill> skills) {
        this.skills = List.copyOf(skills);
        final Map<String, CatalogueSkill> index = new HashMap<>();
        for (final CatalogueSkill skill : skills) {
            final Set<String> own = new HashSet<>();
            for (final String spelling : skill.spellings()) {
                if (!own.add(spelling.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException(
                            "spelling '" + spelling + "' is listed twice for '" + skill.name() + "'");
                }
                final CatalogueSkill other = index.putIfAbsent(key(spelling), skill);
                if (other != null && other != skill) {
                    throw new IllegalArgumentException("spelling '" + spelling + "' belongs to both '" + other.name()
                            + "' and '" + skill.name() + "'");
                }
            }
        }
        this.bySpelling = Collections.unmodifiableMap(index);
    }

    /** The catalogue shipped in this jar. */
    public static SkillCatalogue builtIn() {
        try (InputStream in = SkillCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("skill catalogue " + RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** Parses catalogue text; errors name the line. */
    public static SkillCatalogue parse(final String text) {
        final List<CatalogueSkill> skills = new ArrayList<>();
        final String[] lines = text.split("\r?\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            final String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            try {
                skills.add(row(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new SkillCatalogue(skills);
    }

    private static CatalogueSkill row(final String line) {
        final String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 4 tab-separated cells, got " + cells.length);
        }
        final List<String> synonyms = cells[3].isEmpty()
                ? List.of()
                : Arrays.stream(cells[3].split("\\|", -1)).toList();
        if (synonyms.stream().anyMatch(s -> s.isBlank() || !s.strip().equals(s))) {
            throw new IllegalArgumentException("blank or padded synonym in '" + cells[3] + "'");
        }
        return new CatalogueSkill(cells[0], category(cells[1]), OccupationalFamily.fromCode(cells[2]), synonyms);
    }

    private static SkillCategory category(final String sql) {
        for (final SkillCategory category : SkillCategory.values()) {
            if (category != SkillCategory.UNKNOWN && SqlValue.of(category).equals(sql)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown skill category '" + sql + "'");
    }

    /** Every tag, in catalogue order. */
    public List<CatalogueSkill> skills() {
        return skills;
    }

    /** The tag a spelling (name or synonym, any case, spaces ignored) stands for. */
    public Optional<CatalogueSkill> lookup(final String spelling) {
        return Optional.ofNullable(bySpelling.get(key(spelling)));
    }

    /** The tags listed under each family, in catalogue order. */
    public Map<OccupationalFamily, List<CatalogueSkill>> byFamily() {
        final Map<OccupationalFamily, List<CatalogueSkill>> families = new LinkedHashMap<>();
        for (final CatalogueSkill skill : skills) {
            families.computeIfAbsent(skill.family(), f -> new ArrayList<>()).add(skill);
        }
        return families;
    }

    private static String key(final String spelling) {
        return spelling.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The SQL text of a category, from the enum's {@code sqlValues} schema property. */
    static final class SqlValue {
        private SqlValue() {}

        @SuppressWarnings("unchecked")
        static String of(final SkillCategory category) {
            final Map<String, Object> values =
                    (Map<String, Object>) SkillCategory.getClassSchema().getObjectProp("sqlValues");
            final Object value = values.get(category.name());
            if (value == null) {
                throw new IllegalStateException("SkillCategory." + category + " has no sqlValues entry");
            }
            return value.toString();
        }
    }
}
