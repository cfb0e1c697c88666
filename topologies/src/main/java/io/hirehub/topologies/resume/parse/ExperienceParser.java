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

    private ExperienceParser() {
    }

    static List<Experience> parse(final List<String> lines, final List<DatePeriod> periodsOut) {
        final List<Experience> experiences = new ArrayList<>();
        List<String> header = null;
        DatePeriod period = null;
        final List<String> description = new ArrayList<>();
        boolean headerOpen = false;
        for (final String raw : lines) {
            final String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            final Optional<DatePeriodParser.Found> found = DatePeriodParser.findRange(line);
            if (found.isPresent()) {
                List<String> parts = EntryLines.parts(EntryLines.cut(line, found.get().start(), found.get().end()));
                if (parts.size() < 2 && !description.isEmpty() && !EntryLines.isBullet(last(description))
                        && last(description).length() <= MAX_HEADER_LINE) {
                    // "ABC테크" on its own line above "백엔드 개발자 (2018.01 ~ 2022.02)"
                    final List<String> joined = new ArrayList<>(EntryLines.parts(description.remove(description.size() - 1)));
                    joined.addAll(parts);
                    parts = joined;
                }
                if (period != null) {
                    experiences.add(build(header, period, description));
                    periodsOut.add(period);
                }
                description.clear();
                header = new ArrayList<>(parts);
                period = found.get().period();
                headerOpen = header.size() < 2;
                continue;
            }
            if (period == null) {
                description.add(line);  // text before the first job; may be the first job's header
                continue;
            }
            if (headerOpen && !EntryLines.isBullet(line) && line.length() <= MAX_HEADER_LINE) {
                header.addAll(EntryLines.parts(line));
                headerOpen = false;
                continue;
            }
            headerOpen = false;
            description.add(EntryLines.stripBullet(line));
        }
        if (period != null) {
            experiences.add(build(header, period, description));
            periodsOut.add(period);
        }
        return experiences;
    }

    private static Experience build(final List<String> header, final DatePeriod period, final List<String> description) {
        String company = null;
        String position = null;
        final List<String> rest = new ArrayList<>();
        for (final String part : header) {
            if (position == null && ROLE.matcher(part).find() && !COMPANY.matcher(part).find()) {
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
        final String text = String.join("\n", description).strip();
        return new Experience(truncate(company, 200), truncate(position, 100), period.startDate(), period.endDate(),
                period.current(), text.isEmpty() ? null : text);
    }

    static String truncate(final String value, final int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String last(final List<String> list) {
        return list.get(list.size() - 1);
    }
}
