package io.hirehub.topologies.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads jobs from the experience section. A job starts at a line holding a date range; the rest of
 * that line (or, when it has only dates, the line before it) names company and position; a short
 * non-bullet line right after may add the missing one; the following lines up to the next job are
 * its description.
 */
final class ExperienceParser {

    private static final Pattern ROLE = Pattern.compile("(?i)(?:개발자|엔지니어|매니저|팀장|파트장|리드|연구원|인턴|간호사|디자이너"
            + "|기획자|책임|선임|수석|주임|사원|대리|과장|차장|부장|이사|실장|본부장|컨설턴트|분석가|아키텍트|교사|강사|조교|PM|PO|CTO|CEO"
            + "|\\b(?:engineer|developer|manager|lead|intern|nurse|analyst|designer|scientist|architect|consultant"
            + "|director|head|specialist|programmer|administrator|officer|vp|associate|staff|sre|devops|teacher"
            + "|researcher|owner|founder|president|coordinator|technician|assistant))");
    private static final Pattern COMPANY = Pattern.compile("(?i)(?:\\(주\\)|주식회사|㈜|\\b(?:inc|corp|corporation|ltd"
            + "|llc|co\\.|company|gmbh|group|hospital|bank|labs?|technologies|systems|solutions)\\b"
            + "|테크|랩스|전자|은행|병원|그룹|컴퍼니|소프트|시스템|네트웍스|커머스|증권|보험|카드)");
    private static final int MAX_HEADER_LINE = 60;

    private ExperienceParser() {}

    /** A description line; {@code body} lines (bullets, 담당업무: …) are never taken for a header. */
    private record Line(String text, boolean body) {}

    static List<Experience> parse(final List<String> lines, final List<DatePeriod> periodsOut) {
        final List<Experience> experiences = new ArrayList<>();
        List<String> header = null;
        DatePeriod period = null;
        final List<Line> description = new ArrayList<>();
        boolean headerOpen = false;
        for (final String raw : lines) {
            final String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            final Optional<DatePeriodParser.Found> found = DatePeriodParser.findRange(line);
            if (found.isPresent()) {
                final List<String> parts = new ArrayList<>(
                        EntryLabels.of(line) == EntryLabels.Kind.PERIOD
                                ? List.of()
                                : EntryLines.parts(EntryLines.cut(
                                        line, found.get().start(), found.get().end())));
                // "ABC테크" (and maybe "백엔드 개발자") on their own lines above the dates
                for (int taken = 0; taken < 2 && parts.size() < 2 && isHeaderCandidate(description); taken++) {
                    parts.addAll(
                            0,
                            EntryLines.parts(
                                    description.remove(description.size() - 1).text()));
                }
                if (period != null) {
                    experiences.add(build(header, period, description));
                    periodsOut.add(period);
                }
                description.clear();
                header = parts;
                period = found.get().period();
                headerOpen = header.size() < 2;
                continue;
            }
            final boolean bullet = EntryLines.isBullet(line);
            if (period != null
                    && headerOpen
                    && !bullet
                    && line.length() <= MAX_HEADER_LINE
                    && EntryLabels.of(line) != EntryLabels.Kind.DESCRIPTION) {
                header.addAll(EntryLines.parts(line));
                headerOpen = false;
                continue;
            }
            headerOpen = false;
            description.add(new Line(
                    EntryLabels.stripDescriptionLabel(EntryLines.stripBullet(line)),
                    bullet || EntryLabels.of(line) == EntryLabels.Kind.DESCRIPTION));
        }
        if (period != null) {
            experiences.add(build(header, period, description));
            periodsOut.add(period);
        }
        return experiences;
    }

    private static boolean isHeaderCandidate(final List<Line> description) {
        if (description.isEmpty()) {
            return false;
        }
        final Line last = description.get(description.size() - 1);
        return !last.body() && last.text().length() <= MAX_HEADER_LINE;
    }

    private static Experience build(final List<String> header, final DatePeriod period, final List<Line> description) {
        String company = null;
        String position = null;
        final List<String> rest = new ArrayList<>();
        for (final String part : header) {
            final EntryLabels.Kind label = EntryLabels.of(part);
            if (label == EntryLabels.Kind.COMPANY && company == null) {
                company = EntryLabels.value(part);
            } else if (label == EntryLabels.Kind.POSITION && position == null) {
                position = EntryLabels.value(part);
            } else if (label != EntryLabels.Kind.NONE) {
                continue;
            } else if (position == null
                    && ROLE.matcher(part).find()
                    && !COMPANY.matcher(part).find()) {
                position = part;
            } else if (company == null && COMPANY.matcher(part).find()) {
                company = part;
            } else {
                rest.add(part);
            }
        }
        for (final String part : rest) {
            if (company == null) {
                company = part;
            } else if (position == null) {
                position = part;
            }
        }
        final String text =
                String.join("\n", description.stream().map(Line::text).toList()).strip();
        return new Experience(
                truncate(company, 200),
                truncate(position, 100),
                period.startDate(),
                period.endDate(),
                period.current(),
                text.isEmpty() ? null : text);
    }

    static String truncate(final String value, final int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
