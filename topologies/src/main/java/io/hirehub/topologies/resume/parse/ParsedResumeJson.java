package io.hirehub.topologies.resume.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of a {@link ParsedResume}, stored in {@code resumes.parsed_content} and
 * {@code processed/{user_id}/{resume_id}/parsed.json}. Field names are the seed's column names;
 * dates are ISO {@code yyyy-MM-dd} (first of the month) or {@code null}:
 * <pre>{@code
 * {"experiences": [{"company_name": "ABC테크", "position": "백엔드 개발자", "start_date": "2019-03-01",
 *                   "end_date": "2022-02-01", "is_current": false, "description": "…"}],
 *  "educations":  [{"school_name": "…", "degree": "학사", "major": "컴퓨터공학", "start_date": …,
 *                   "end_date": …, "is_current": false}],
 *  "skills":      [{"skill_name": "Java", "category": "language", "proficiency": "expert", "years": 7}],
 *  "total_experience_months": 84,
 *  "total_experience_years": 7.0}
 * }</pre>
 * Written by hand rather than by annotation so the domain records stay free of mapping concerns
 * and the format cannot drift with a Jackson upgrade.
 */
public final class ParsedResumeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParsedResumeJson() {}

    public static ObjectNode toJson(final ParsedResume parsed) {
        final ObjectNode root = JSON.createObjectNode();
        final ArrayNode experiences = root.putArray("experiences");
        for (final Experience e : parsed.experiences()) {
            final ObjectNode node = experiences.addObject();
            node.put("company_name", e.companyName());
            node.put("position", e.position());
            putDate(node, "start_date", e.startDate());
            putDate(node, "end_date", e.endDate());
            node.put("is_current", e.isCurrent());
            node.put("description", e.description());
        }
        final ArrayNode educations = root.putArray("educations");
        for (final Education e : parsed.educations()) {
            final ObjectNode node = educations.addObject();
            node.put("school_name", e.schoolName());
            node.put("degree", e.degree());
            node.put("major", e.major());
            putDate(node, "start_date", e.startDate());
            putDate(node, "end_date", e.endDate());
            node.put("is_current", e.isCurrent());
        }
        final ArrayNode skills = root.putArray("skills");
        for (final ParsedSkill s : parsed.skills()) {
            final ObjectNode node = skills.addObject();
            node.put("skill_name", s.skillName());
            node.put("category", SeedValues.sql(s.category()));
            node.put("proficiency", SeedValues.sql(s.proficiency()));
            node.put("years", s.years());
        }
        root.put("total_experience_months", parsed.totalExperienceMonths());
        root.put("total_experience_years", parsed.totalExperienceYears());
        return root;
    }

    public static String toJsonString(final ParsedResume parsed) {
        return toJson(parsed).toString();
    }

    public static ParsedResume fromJson(final String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (final IOException e) {
            throw new UncheckedIOException("parsed resume JSON is malformed", e);
        }
    }

    public static ParsedResume fromJson(final JsonNode root) {
        final List<Experience> experiences = new ArrayList<>();
        for (final JsonNode n : root.path("experiences")) {
            experiences.add(new Experience(
                    text(n, "company_name"),
                    text(n, "position"),
                    date(n, "start_date"),
                    date(n, "end_date"),
                    n.path("is_current").asBoolean(false),
                    text(n, "description")));
        }
        final List<Education> educations = new ArrayList<>();
        for (final JsonNode n : root.path("educations")) {
            educations.add(new Education(
                    text(n, "school_name"),
                    text(n, "degree"),
                    text(n, "major"),
                    date(n, "start_date"),
                    date(n, "end_date"),
                    n.path("is_current").asBoolean(false)));
        }
        final List<ParsedSkill> skills = new ArrayList<>();
        for (final JsonNode n : root.path("skills")) {
            skills.add(new ParsedSkill(
                    text(n, "skill_name"),
                    SeedValues.parse(
                            SkillCategory.class, "skill_tags.category", text(n, "category"), TextMatch.ANY_CASE),
                    SeedValues.parse(
                            Proficiency.class, "resume_skills.proficiency", text(n, "proficiency"), TextMatch.ANY_CASE),
                    n.path("years").isIntegralNumber() ? n.path("years").asInt() : null));
        }
        return new ParsedResume(
                experiences,
                educations,
                skills,
                root.path("total_experience_months").asInt(0));
    }

    private static void putDate(final ObjectNode node, final String field, final LocalDate date) {
        node.put(field, date == null ? null : date.toString());
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(final JsonNode node, final String field) {
        final String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }
}
