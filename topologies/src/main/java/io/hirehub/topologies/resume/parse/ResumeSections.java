package io.hirehub.topologies.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a resume into sections by its headings (경력, 학력, 기술 스택, Experience, Education,
 * Skills, …). Lines before the first heading form the {@link Kind#HEADER} section; headings that
 * are not of interest (프로젝트, Certifications, …) open an {@link Kind#OTHER} section so their
 * dates are not taken for jobs.
 */
final class ResumeSections {

    enum Kind {
        HEADER,
        EXPERIENCE,
        EDUCATION,
        SKILLS,
        OTHER
    }

    record Section(Kind kind, List<String> lines) {}

    private static final Pattern DECORATION = Pattern.compile("\\([^)]*\\)|[^\\p{L}&]");
    private static final int MAX_HEADING_CHARS = 40;

    private static final Map<String, Kind> HEADINGS = Map.ofEntries(
            Map.entry("경력", Kind.EXPERIENCE),
            Map.entry("경력사항", Kind.EXPERIENCE),
            Map.entry("경력기술", Kind.EXPERIENCE),
            Map.entry("경력기술서", Kind.EXPERIENCE),
            Map.entry("직장경력", Kind.EXPERIENCE),
            Map.entry("근무경력", Kind.EXPERIENCE),
            Map.entry("근무이력", Kind.EXPERIENCE),
            Map.entry("업무경력", Kind.EXPERIENCE),
            Map.entry("경력요약", Kind.EXPERIENCE),
            Map.entry("주요경력", Kind.EXPERIENCE),
            Map.entry("experience", Kind.EXPERIENCE),
            Map.entry("workexperience", Kind.EXPERIENCE),
            Map.entry("professionalexperience", Kind.EXPERIENCE),
            Map.entry("employment", Kind.EXPERIENCE),
            Map.entry("employmenthistory", Kind.EXPERIENCE),
            Map.entry("workhistory", Kind.EXPERIENCE),
            Map.entry("career", Kind.EXPERIENCE),
            Map.entry("careerhistory", Kind.EXPERIENCE),
            Map.entry("학력", Kind.EDUCATION),
            Map.entry("학력사항", Kind.EDUCATION),
            Map.entry("최종학력", Kind.EDUCATION),
            Map.entry("education", Kind.EDUCATION),
            Map.entry("academicbackground", Kind.EDUCATION),
            Map.entry("기술", Kind.SKILLS),
            Map.entry("보유기술", Kind.SKILLS),
            Map.entry("기술스택", Kind.SKILLS),
            Map.entry("스킬", Kind.SKILLS),
            Map.entry("기술역량", Kind.SKILLS),
            Map.entry("보유역량", Kind.SKILLS),
            Map.entry("활용기술", Kind.SKILLS),
            Map.entry("skills", Kind.SKILLS),
            Map.entry("technicalskills", Kind.SKILLS),
            Map.entry("techstack", Kind.SKILLS),
            Map.entry("coreskills", Kind.SKILLS),
            Map.entry("technologies", Kind.SKILLS),
            Map.entry("skills&tools", Kind.SKILLS),
            Map.entry("skillsandtools", Kind.SKILLS),
            Map.entry("프로젝트", Kind.OTHER),
            Map.entry("주요프로젝트", Kind.OTHER),
            Map.entry("자격증", Kind.OTHER),
            Map.entry("자격사항", Kind.OTHER),
            Map.entry("수상", Kind.OTHER),
            Map.entry("수상경력", Kind.OTHER),
            Map.entry("자기소개", Kind.OTHER),
            Map.entry("자기소개서", Kind.OTHER),
            Map.entry("요약", Kind.OTHER),
            Map.entry("소개", Kind.OTHER),
            Map.entry("어학", Kind.OTHER),
            Map.entry("어학능력", Kind.OTHER),
            Map.entry("병역", Kind.OTHER),
            Map.entry("병역사항", Kind.OTHER),
            Map.entry("대외활동", Kind.OTHER),
            Map.entry("활동", Kind.OTHER),
            Map.entry("교육이수", Kind.OTHER),
            Map.entry("교육", Kind.OTHER),
            Map.entry("포트폴리오", Kind.OTHER),
            Map.entry("인적사항", Kind.OTHER),
            Map.entry("기본정보", Kind.OTHER),
            Map.entry("희망근무조건", Kind.OTHER),
            Map.entry("projects", Kind.OTHER),
            Map.entry("certifications", Kind.OTHER),
            Map.entry("awards", Kind.OTHER),
            Map.entry("summary", Kind.OTHER),
            Map.entry("profile", Kind.OTHER),
            Map.entry("about", Kind.OTHER),
            Map.entry("aboutme", Kind.OTHER),
            Map.entry("languages", Kind.OTHER),
            Map.entry("publications", Kind.OTHER),
            Map.entry("interests", Kind.OTHER),
            Map.entry("volunteer", Kind.OTHER),
            Map.entry("activities", Kind.OTHER),
            Map.entry("objective", Kind.OTHER),
            Map.entry("contact", Kind.OTHER),
            Map.entry("personalinformation", Kind.OTHER),
            Map.entry("licenses", Kind.OTHER),
            Map.entry("licensesandcertifications", Kind.OTHER),
            Map.entry("licenses&certifications", Kind.OTHER),
            Map.entry("training", Kind.OTHER));

    private ResumeSections() {}

    static List<Section> split(final String text) {
        final List<Section> sections = new ArrayList<>();
        Kind kind = Kind.HEADER;
        List<String> lines = new ArrayList<>();
        for (final String line : text.split("\n")) {
            final Optional<Kind> heading = heading(line);
            if (heading.isPresent()) {
                sections.add(new Section(kind, lines));
                kind = heading.get();
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        sections.add(new Section(kind, lines));
        return sections;
    }

    static Optional<Kind> heading(final String line) {
        final String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_HEADING_CHARS) {
            return Optional.empty();
        }
        final String key = DECORATION.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return Optional.ofNullable(HEADINGS.get(key));
    }
}
