package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules for person names: labelled fields ({@code 이름:}, {@code 성명:}, {@code Name:}), the account
 * holder's own name when known, and a name standing alone in the first lines of a resume (its
 * title block), recognised by a Korean surname or Capitalised words that are not headings.
 */
final class NameRules {

    private NameRules() {}

    private static final String KOREAN_NAME = "[가-힣]{2,5}(?![가-힣])|[가-힣](?:[ ][가-힣]){1,3}(?![가-힣])";
    private static final String LATIN_NAME = "[A-Z][a-zA-Z'-]++(?![ ]*[:：])(?:[ ]+[A-Z][a-zA-Z'.-]*+(?![ ]*[:：])){0,3}";
    /** A romanised name in brackets right after a Korean one: 홍길동 (Hong Gildong). */
    private static final String LATIN_ALIAS = "(?:[ ]*[(/][ ]*[A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+){0,3}[ ]*\\)?)?";

    static final PiiRule LABELLED = PiiRule.of(
            "name-labelled",
            PiiKind.NAME,
            "(?m)(?:^|(?<=[|·/]))[ \\t]*[-•*·]?[ \\t]*(?i:이름|성명|성[ ]명|성함|한글[ ]?(?:이름|성명)|영문[ ]?(?:이름|성명)"
                    + "|추천인|Name|Full[ ]Name|Applicant|Candidate|Reference|Referee|Contact[ ]Person)[ \\t]*[:：|][ \\t]*(?<pii>(?:"
                    + KOREAN_NAME + ")"
                    + LATIN_ALIAS + "|" + LATIN_NAME + ")");

    /** A romanised alias next to an already masked name: [NAME] (Kim Minjun), Kim Minjun ([NAME]). */
    static final PiiRule ALIAS = PiiRule.of(
            "name-alias",
            PiiKind.NAME,
            "\\[NAME\\][ ]*[(/][ ]*(?<pii>[A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+){0,3})[ ]*\\)?"
                    + "|(?<![\\p{L}])(?<pii2>[A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+){0,3})[ ]*\\([ ]*\\[NAME\\][ ]*\\)");

    /** Common Korean surnames (two-syllable ones first so they win). */
    private static final String SURNAMES = "(?:남궁|제갈|선우|독고|황보|사공|서문|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남"
            + "심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부])";

    private static final Set<String> KOREAN_HEADINGS = Set.of(
            "이력서", "경력", "경력사항", "경력기술서", "학력", "학력사항", "기술", "보유기술", "기술스택", "자기소개", "자기소개서", "프로젝트", "자격증", "수상",
            "연락처", "인적사항", "기본정보", "요약", "소개", "개요", "경력요약", "이력", "지원서", "입사지원서", "성명", "이름", "주소", "교육", "활동", "대외활동",
            "어학", "병역", "희망연봉", "희망직무", "포트폴리오", "신상정보", "간호사", "개발자", "디자이너", "기획자", "정보", "개인정보", "홍보", "신입", "경력직",
            "지원분야", "지원동기", "성장과정", "성격", "장단점", "목표", "연봉", "사진", "인사말", "전공", "경험", "역량", "강점", "소개글", "이직사유", "지원자",
            "구직자", "한국어", "영어", "조직", "기획", "마케팅", "영업", "인사", "재무", "회계", "연구", "개발", "운영", "고객", "서비스", "장점", "단점",
            "주요경력", "학교", "모집");

    private static final Set<String> ENGLISH_HEADING_WORDS = Set.of(
            "resume",
            "résumé",
            "curriculum",
            "vitae",
            "cv",
            "software",
            "engineer",
            "developer",
            "backend",
            "frontend",
            "back-end",
            "front-end",
            "summary",
            "profile",
            "experience",
            "education",
            "skills",
            "senior",
            "junior",
            "lead",
            "staff",
            "principal",
            "full",
            "stack",
            "data",
            "scientist",
            "manager",
            "nurse",
            "registered",
            "designer",
            "product",
            "contact",
            "information",
            "personal",
            "career",
            "objective",
            "technical",
            "cover",
            "letter",
            "professional",
            "work",
            "history",
            "projects",
            "certifications",
            "about",
            "me",
            "platform",
            "devops",
            "site",
            "reliability",
            "mobile",
            "web",
            "cloud",
            "security",
            "analyst",
            "architect",
            "consultant",
            "intern",
            "student",
            "java",
            "python");

    private static final Pattern KOREAN_HEADING_LINE = Pattern.compile("^[ \\t]*(?:#{1,3}[ \\t]+|\\*\\*)?(?<pii>"
            + SURNAMES + "[가-힣]{1,3}(?![가-힣])|" + SURNAMES + "(?:[ ][가-힣]){1,3}(?![가-힣]))" + "(?<alias>" + LATIN_ALIAS
            + ")(?:\\*\\*)?[ \\t]*(?:[|/·,–—-].*)?$");
    private static final Pattern ENGLISH_HEADING_LINE = Pattern.compile(
            "^[ \\t]*(?:#{1,3}[ \\t]+|\\*\\*)?(?<pii>[A-Z][a-z'-]+(?:[ ]+[A-Z]\\.)?(?:[ ]+[A-Z][a-z'-]+){1,2}|[A-Z]{2,}(?:[ ]+[A-Z]{2,}){1,2})"
                    + "(?:\\*\\*)?[ \\t]*(?:[|,–—].*)?$");

    /** How many non-empty lines at the top count as the title block. */
    static final int HEADING_LINES = 4;

    /** Rules for the account holder's own name (Korean with or without spaces, Latin in either order). */
    static List<PiiRule> accountNameRules(final String accountName) {
        final String name = accountName.strip();
        final List<PiiRule> rules = new ArrayList<>();
        if (name.isEmpty()) {
            return rules;
        }
        if (name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL)) {
            final String compact = name.replaceAll("\\s+", "");
            if (compact.length() < 2) {
                return rules;
            }
            final String spaced = compact.codePoints()
                    .mapToObj(Character::toString)
                    .map(Pattern::quote)
                    .collect(Collectors.joining("[ ]?"));
            // Two syllables are common inside ordinary words (이수, 정보), so require a word end.
            final String end = compact.length() == 2 ? "(?:(?![가-힣])|(?=님|씨|입니다|은|는|을|를|의|이|가))" : "";
            rules.add(PiiRule.of("name-account", PiiKind.NAME, "(?<![가-힣])" + spaced + end));
        } else {
            final List<String> words = Arrays.stream(name.split("[\\s,]+"))
                    .filter(w -> !w.isEmpty())
                    .map(Pattern::quote)
                    .toList();
            final String forward = String.join("[ ]+", words);
            final List<String> reversedWords = new ArrayList<>(words);
            java.util.Collections.reverse(reversedWords);
            final String reversed = String.join(",?[ ]+", reversedWords);
            rules.add(PiiRule.of(
                    "name-account",
                    PiiKind.NAME,
                    "(?i)(?<![\\p{L}])(?:" + forward + (words.size() > 1 ? "|" + reversed : "") + ")(?![\\p{L}])"));
        }
        return rules;
    }

    /**
     * Replaces a name standing alone on one of the first {@link #HEADING_LINES} non-empty lines.
     */
    static String maskHeading(final String text, final MaskedFields.Builder fields) {
        final String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEADING_LINES; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            seen++;
            lines[i] = maskHeadingLine(lines[i], fields);
        }
        return String.join("\n", lines);
    }

    private static String maskHeadingLine(final String line, final MaskedFields.Builder fields) {
        final Matcher korean = KOREAN_HEADING_LINE.matcher(line);
        if (korean.matches() && !KOREAN_HEADINGS.contains(korean.group("pii").replace(" ", ""))) {
            fields.add(PiiKind.NAME, korean.group("pii"));
            final String alias = korean.group("alias");
            final String replacement =
                    PiiKind.NAME.placeholder() + (alias.isBlank() ? "" : " (" + PiiKind.NAME.placeholder() + ")");
            return line.substring(0, korean.start("pii")) + replacement + line.substring(korean.end("alias"));
        }
        final Matcher english = ENGLISH_HEADING_LINE.matcher(line);
        if (english.matches()) {
            final String candidate = english.group("pii");
            final boolean heading = Arrays.stream(candidate.split("[ ]+"))
                    .anyMatch(w -> ENGLISH_HEADING_WORDS.contains(w.toLowerCase(Locale.ROOT)));
            if (!heading) {
                fields.add(PiiKind.NAME, candidate);
                return line.substring(0, english.start("pii"))
                        + PiiKind.NAME.placeholder()
                        + line.substring(english.end("pii"));
            }
        }
        return line;
    }
}
