package io.hirehub.topologies.resume.parse;

import io.hirehub.avro.entity.Proficiency;
import io.hirehub.topologies.skills.SkillMention;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the skills the whole text claims, normalised through the current {@link SkillVocabulary}. Proficiency
 * and years are read only in the skills section, from the text right after a skill
 * ({@code Java (고급, 5년)}, {@code Kotlin - advanced - 3 years}) or, failing that, from the line's
 * leading label ({@code 고급: Java, Kotlin}, {@code 5+ years of Java}).
 */
final class SkillParser {

    private static final Pattern YEARS =
            Pattern.compile("(?i)(?<![\\d.])(\\d{1,2})(?:\\.\\d)?[ ]*\\+?[ ]*(?:년|years?|yrs?)");

    private final Supplier<SkillVocabulary> vocabulary;

    SkillParser(final Supplier<SkillVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<ParsedSkill> parse(final String fullText, final List<String> skillLines) {
        final SkillVocabulary current = vocabulary.get();
        final Map<String, ParsedSkill> skills = new LinkedHashMap<>();
        for (final String line : skillLines) {
            final List<SkillMention> mentions = current.find(line);
            final String prefix =
                    mentions.isEmpty() ? "" : line.substring(0, mentions.get(0).start());
            for (int i = 0; i < mentions.size(); i++) {
                final SkillMention mention = mentions.get(i);
                final int to = i + 1 < mentions.size() ? mentions.get(i + 1).start() : line.length();
                final String after = line.substring(mention.end(), to);
                final Proficiency proficiency = ProficiencyWords.find(after)
                        .or(() -> ProficiencyWords.find(prefix))
                        .orElse(null);
                final boolean first = i == 0;
                final Integer years = years(after)
                        .or(() -> first ? years(prefix) : Optional.empty())
                        .orElse(null);
                merge(
                        skills,
                        new ParsedSkill(mention.skill().name(), mention.skill().category(), proficiency, years));
            }
        }
        for (final SkillMention mention : current.find(fullText)) {
            merge(
                    skills,
                    new ParsedSkill(mention.skill().name(), mention.skill().category(), null, null));
        }
        return List.copyOf(skills.values());
    }

    private static void merge(final Map<String, ParsedSkill> skills, final ParsedSkill skill) {
        skills.merge(
                skill.skillName(),
                skill,
                (old, add) -> new ParsedSkill(
                        old.skillName(),
                        old.category(),
                        max(old.proficiency(), add.proficiency()),
                        maxYears(old.years(), add.years())));
    }

    private static Integer maxYears(final Integer a, final Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static Proficiency max(final Proficiency a, final Proficiency b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Optional<Integer> years(final String text) {
        final Matcher matcher = YEARS.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
