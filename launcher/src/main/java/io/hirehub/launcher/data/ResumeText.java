package io.hirehub.launcher.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a person's resume as lines of text, in Korean or English, laid out the way real resumes are
 * (contact block, summary, experience with date ranges, education, skills) so the pipeline's
 * masking and parsing have realistic work. English text stays in WinAnsi so it fits a base-14 PDF font.
 */
final class ResumeText {

    private ResumeText() {}

    static List<String> lines(final Person p) {
        return p.korean() ? korean(p) : english(p);
    }

    private static List<String> korean(final Person p) {
        final List<String> out = new ArrayList<>();
        out.add("이력서");
        out.add("");
        out.add(p.name() + " (" + p.romanised() + ")");
        out.add(p.position() + " | " + (p.experienceYears() == 0 ? "신입" : p.experienceYears() + "년차"));
        out.add("");
        out.add("이름: " + p.name());
        out.add("생년월일: " + p.birthDate());
        out.add("연락처: " + p.phone());
        out.add("이메일: " + p.email());
        out.add("주소: " + p.address());
        out.add("");
        out.add("## 요약");
        out.add(p.skills().get(0).skill().korean() + "와 "
                + p.skills().get(1).skill().korean() + "를 주력으로 하는 " + p.position() + "입니다. "
                + p.role().workKo());
        out.add("희망 연봉은 " + p.salaryMin() + "만원 ~ " + p.salaryMax() + "만원입니다.");
        out.add("");
        if (!p.employers().isEmpty()) {
            out.add("## 경력");
            for (final Person.Employer e : p.employers()) {
                out.add(e.company() + " | " + e.title() + " | " + e.fromYear() + "." + two(e.fromMonth()) + " ~ "
                        + (e.current() ? "현재" : e.toYear() + "." + two(e.toMonth())));
                lines(
                        out,
                        String.format(
                                p.role().duties().resumeKo(),
                                p.skills().get(0).skill().korean(),
                                p.skills()
                                        .get(Math.min(2, p.skills().size() - 1))
                                        .skill()
                                        .korean()));
            }
            out.add("");
        }
        out.add("## 학력");
        out.add(p.school() + " | " + p.major() + " 학사 | " + (graduation(p) - 4) + ".03 ~ " + graduation(p) + ".02");
        out.add("");
        out.add("## 기술 스택");
        for (final Person.SkillYears s : p.skills()) {
            out.add("- " + s.skill().korean() + " (" + level(s.years(), true) + ", " + s.years() + "년)");
        }
        return out;
    }

    /** Adds a template's lines, each as a bullet. */
    private static void lines(final List<String> out, final String text) {
        for (final String line : text.split("\n")) {
            out.add(line.startsWith("- ") ? line : "- " + line);
        }
    }

    private static List<String> english(final Person p) {
        final List<String> out = new ArrayList<>();
        out.add(p.name());
        out.add(p.position() + " - " + (p.experienceYears() == 0 ? "new graduate" : p.experienceYears() + " years"));
        out.add("Phone: " + p.phone() + " | Email: " + p.email());
        out.add("Address: " + p.address());
        out.add("Date of birth: " + p.birthDate());
        out.add("");
        out.add("Summary");
        out.add(p.position() + " working mainly with "
                + p.skills().get(0).skill().english() + " and "
                + p.skills().get(1).skill().english() + ". " + p.role().workEn());
        out.add("");
        if (!p.employers().isEmpty()) {
            out.add("Experience");
            for (final Person.Employer e : p.employers()) {
                out.add(e.company() + " | " + e.title() + " | " + e.fromYear() + "." + two(e.fromMonth()) + " - "
                        + (e.current() ? "Present" : e.toYear() + "." + two(e.toMonth())));
                lines(
                        out,
                        String.format(
                                p.role().duties().resumeEn(),
                                p.skills().get(0).skill().english(),
                                p.skills()
                                        .get(Math.min(2, p.skills().size() - 1))
                                        .skill()
                                        .english()));
            }
            out.add("");
        }
        out.add("Education");
        out.add(p.school() + " | B.S. in " + p.major() + " | " + (graduation(p) - 4) + ".03 - " + graduation(p)
                + ".02");
        out.add("");
        out.add("Skills");
        for (final Person.SkillYears s : p.skills()) {
            out.add("- " + s.skill().english() + " (" + level(s.years(), false) + ", " + s.years() + " years)");
        }
        return out;
    }

    private static int graduation(final Person p) {
        return p.employers().isEmpty()
                ? 2025
                : p.employers().get(p.employers().size() - 1).fromYear();
    }

    private static String level(final int years, final boolean korean) {
        if (years >= 7) {
            return korean ? "전문가" : "expert";
        }
        if (years >= 4) {
            return korean ? "고급" : "advanced";
        }
        if (years >= 2) {
            return korean ? "중급" : "intermediate";
        }
        return korean ? "초급" : "beginner";
    }

    private static String two(final int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }
}
