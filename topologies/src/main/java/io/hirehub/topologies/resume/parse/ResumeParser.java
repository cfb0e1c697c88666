package io.hirehub.topologies.resume.parse;

import io.hirehub.topologies.skills.SkillVocabulary;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads experiences, educations, skills and total experience from MASKED resume text (Korean or
 * English). Rule-based and deterministic; {@code clock} fixes what "현재/Present" means, and skills are those of
 * the vocabulary {@code vocabulary} supplies at each call (the topology's live {@code skill_tags}).
 *
 * <p>When the text has no experience or education heading at all, every dated line counts: lines
 * naming a school become educations, the others jobs. A resume without dated jobs gets the total experience it
 * states in words ({@link StatedExperience}).
 */
public final class ResumeParser {

    private final SkillParser skills;
    private final Clock clock;

    public ResumeParser(final Supplier<SkillVocabulary> vocabulary, final Clock clock) {
        this.skills = new SkillParser(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ResumeParser() {
        this(SkillVocabulary::builtIn, Clock.systemUTC());
    }

    public ParsedResume parse(final String maskedText) {
        final List<ResumeSections.Section> sections = ResumeSections.split(maskedText);
        final List<String> experienceLines = new ArrayList<>();
        final List<String> educationLines = new ArrayList<>();
        final List<String> skillLines = new ArrayList<>();
        boolean structured = false;
        for (final ResumeSections.Section section : sections) {
            switch (section.kind()) {
                case EXPERIENCE -> {
                    experienceLines.addAll(section.lines());
                    structured = true;
                }
                case EDUCATION -> {
                    educationLines.addAll(section.lines());
                    structured = true;
                }
                case SKILLS -> skillLines.addAll(section.lines());
                default -> {}
            }
        }
        if (!structured) {
            for (final String line : maskedText.split("\n")) {
                (EducationParser.SCHOOL.matcher(line).find() ? educationLines : experienceLines).add(line);
            }
        }
        final List<DatePeriod> periods = new ArrayList<>();
        final List<Experience> experiences = ExperienceParser.parse(experienceLines, periods);
        final List<Education> educations = EducationParser.parse(educationLines);
        final int dated = ExperienceTotals.totalMonths(periods, YearMonth.now(clock));
        // Without dated jobs, the total the text states ("6년", "4 years"), if any.
        final int months = dated > 0 ? dated : StatedExperience.months(maskedText);
        return new ParsedResume(experiences, educations, skills.parse(maskedText, skillLines), months);
    }
}
