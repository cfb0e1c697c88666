package io.hirehub.topologies.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads schools from the education section: one entry per line that names a school or holds a
 * date range; a range or single date on the line (or the next line) gives the dates.
 */
final class EducationParser {

    static final Pattern SCHOOL = Pattern.compile("(?i)[\\p{L}\\p{N}.&' -]*?(?:대학교|대학원|대학|고등학교|고교|전문학교"
            + "|University|College|Institute(?: of [A-Z][a-z]+)*|School|Academy|Polytechnic|KAIST|POSTECH|UNIST|DGIST|GIST)"
            + "(?:[ ]+(?:of|at)[ ]+[A-Z][\\p{L}]+(?:[ ][A-Z][\\p{L}]+)*)?");
    private static final Pattern DEGREE = Pattern.compile("(?i)(?<![\\p{L}])(?:전문학사|학사|석사|박사|석박사통합|고졸"
            + "|Bachelor(?:'s)?(?: of [A-Z][a-z]+)?|Master(?:'s)?(?: of [A-Z][a-z]+)?|Ph\\.?D\\.?|Doctorate|MBA"
            + "|B\\.?S\\.?c?\\.?|M\\.?S\\.?c?\\.?|B\\.?A\\.?|M\\.?A\\.?|B\\.?Eng\\.?|M\\.?Eng\\.?|Associate(?:'s)?"
            + "(?: degree)?)(?![\\p{L}])(?:[ ]+(?:in|of)(?=[ ]))?");
    private static final Pattern STATUS_WORDS = Pattern.compile("졸업예정|졸업|재학[ ]?중|재학|수료|중퇴|휴학|편입|입학"
            + "|\\(?[Gg]raduated\\)?|\\(?[Ee]xpected\\)?|Graduation|GPA[:\\s]*[\\d./ ]+|학점[:\\s]*[\\d./ ]+");
    private static final Pattern CURRENT = Pattern.compile("(?i)재학[ ]?중|재학|현재|present|current|expected");

    private EducationParser() {}

    static List<Education> parse(final List<String> lines) {
        final List<Education> educations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i).strip();
            if (line.isEmpty()
                    || (EntryLines.isBullet(line) && !SCHOOL.matcher(line).find())) {
                continue;
            }
            if (!SCHOOL.matcher(line).find()) {
                continue;
            }
            String rest = line;
            Optional<DatePeriodParser.Found> range = DatePeriodParser.findRange(line);
            Optional<DatePeriodParser.Found> single = Optional.empty();
            if (range.isPresent()) {
                rest = EntryLines.cut(line, range.get().start(), range.get().end());
            } else {
                if (i + 1 < lines.size() && !SCHOOL.matcher(lines.get(i + 1)).find()) {
                    range = DatePeriodParser.findRange(lines.get(i + 1));
                }
                if (range.isEmpty()) {
                    single = DatePeriodParser.findSingle(line);
                    if (single.isPresent()) {
                        rest = EntryLines.cut(
                                line, single.get().start(), single.get().end());
                    }
                }
            }
            educations.add(build(line, rest, range, single));
        }
        return educations;
    }

    private static Education build(
            final String line,
            final String rest,
            final Optional<DatePeriodParser.Found> range,
            final Optional<DatePeriodParser.Found> single) {
        final Matcher school = SCHOOL.matcher(rest);
        String schoolName = null;
        String remainder = rest;
        if (school.find()) {
            schoolName = EntryLines.clean(school.group());
            remainder = EntryLines.cut(rest, school.start(), school.end());
        }
        final Matcher degree = DEGREE.matcher(remainder);
        String degreeText = null;
        if (degree.find()) {
            degreeText = degree.group().replaceAll("(?i)[ ]+(?:in|of)$", "").strip();
            remainder = EntryLines.cut(remainder, degree.start(), degree.end());
        }
        remainder = STATUS_WORDS.matcher(remainder).replaceAll(" ");
        final List<String> parts = EntryLines.parts(remainder);
        final String major = parts.isEmpty() ? null : String.join(" ", parts);
        final boolean current = range.map(r -> r.period().current()).orElse(false)
                || (range.isEmpty() && CURRENT.matcher(line).find());
        if (range.isPresent()) {
            final DatePeriod period = range.get().period();
            return new Education(
                    ExperienceParser.truncate(schoolName, 200),
                    ExperienceParser.truncate(degreeText, 100),
                    ExperienceParser.truncate(major, 100),
                    period.startDate(),
                    period.endDate(),
                    current);
        }
        return new Education(
                ExperienceParser.truncate(schoolName, 200),
                ExperienceParser.truncate(degreeText, 100),
                ExperienceParser.truncate(major, 100),
                null,
                single.map(s -> s.period().endDate()).orElse(null),
                current);
    }
}
