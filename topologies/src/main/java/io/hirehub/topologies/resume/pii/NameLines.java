package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-based name detection: the title block (a name alone on one of the first lines), the
 * signature after a closing ({@code Sincerely,}, {@code 감사합니다.}), a name between dashes
 * ({@code - 신동욱 -}), a document title with the name ({@code 경력기술서 — 명세빈}) and the people
 * listed under a references heading.
 */
final class NameLines implements Detector {

    /** How many non-empty lines at the top count as the title block. */
    static final int HEADING_LINES = 4;

    /** How many lines after a closing may hold the signature (blank and date lines are skipped). */
    private static final int SIGNATURE_LINES = 3;

    private static final Set<String> KOREAN_HEADINGS = Set.of(
            "이력서", "경력", "경력사항", "경력기술서", "학력", "학력사항", "기술", "보유기술", "기술스택", "자기소개", "자기소개서", "프로젝트", "자격증", "수상",
            "연락처", "인적사항", "기본정보", "요약", "소개", "개요", "경력요약", "이력", "지원서", "입사지원서", "성명", "이름", "주소", "교육", "활동", "대외활동",
            "어학", "병역", "희망연봉", "희망직무", "포트폴리오", "신상정보", "간호사", "개발자", "디자이너", "기획자", "정보", "개인정보", "홍보", "신입", "경력직",
            "지원분야", "지원동기", "성장과정", "성격", "장단점", "목표", "연봉", "사진", "인사말", "전공", "경험", "역량", "강점", "소개글", "이직사유", "지원자",
            "구직자", "한국어", "영어", "조직", "기획", "마케팅", "영업", "인사", "재무", "회계", "연구", "개발", "운영", "고객", "서비스", "장점", "단점",
            "주요경력", "학교", "모집", "감사합니다", "추천인", "연구원");

    private static final String KOREAN = "[가-힣]{2,5}(?![가-힣])|[가-힣](?:[ ][가-힣]){1,3}(?![가-힣])";
    private static final String LATIN =
            "[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]{0,30}+(?:[-.][A-Za-zÀ-ÖØ-öø-ÿ'’]{1,30}+){0,3}+(?:[ ][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]{0,30}+(?:[-.][A-Za-zÀ-ÖØ-öø-ÿ'’]{1,30}+){0,3}+){0,3}+";
    private static final String HANJA = "[\\p{IsHan}]{2,4}+(?![\\p{IsHan}])";

    /** A name at the start of a line, then nothing, a separator, or the name in another script. */
    private static final Pattern NAME_LINE = Pattern.compile("^[ \\t]*+(?:#{1,3}[ \\t]++|\\*\\*)?(?:[-–—~·*•][ \\t]*+)?"
            + "(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?[ ]++)?(?<pii>" + KOREAN + "|" + LATIN + ")(?:\\*\\*)?"
            + "(?<rest>(?:[ \\t]*+(?:[|/·,–—(（]|[-~][ ]).*+)?|[ \\t]++(?:" + LATIN + "|" + HANJA + "|" + KOREAN
            + ")(?:[ \\t]*+(?:[|/·,–—(（]|[-~][ ]).*+)?)[ \\t]*+$");

    /** A closing phrase, then a comma or stop and maybe the signature on the same line ("Kind regards, Priya Patel"). */
    private static final Pattern CLOSING = Pattern.compile("^[ \\t]*+(?:(?i:sincerely(?:[ ]yours)?|yours[ ](?:sincerely"
            + "|truly|faithfully)|(?:best|kind|warm|warmest|with[ ]best)?[ ]?regards|best[ ]wishes|best|cheers|thanks"
            + "(?:[ ]again|[ ]so[ ]much)?|thank[ ]you(?:[ ]for[ ][^,.!\\n]{1,40}+)?|respectfully(?:[ ]yours)?"
            + "|with[ ](?:gratitude|appreciation)|all[ ]the[ ]best|many[ ]thanks)|[^\\n]{0,60}?(?:감사합니다|고맙습니다"
            + "|감사드립니다))[ \\t]*+(?:[.,!][ \\t]*+(?<rest>.*)|$)");

    private static final List<String> CLOSING_WORDS = List.of(
            "sincere",
            "yours",
            "regards",
            "best",
            "cheers",
            "thank",
            "respectful",
            "gratitude",
            "appreciation",
            "감사",
            "고맙");

    private static final Pattern DATE_LINE =
            Pattern.compile("^[ \\t]*+(?:(?:19|20)\\d{2}[ ]?[.년/-].*|[A-Z][a-z]+[ ]\\d{1,2},[ ]\\d{4}.*)$");

    private static final Pattern DASHED =
            Pattern.compile("^[ \\t]*+[-–—][ \\t]*+(?<pii>" + KOREAN + "|" + LATIN + ")[ \\t]*+[-–—][ \\t]*+$");

    /** A signature at the end of a line: "... 부탁드립니다. - 연서진", "Thanks! — Jane Doe". */
    private static final Pattern TRAILING_SIGNATURE =
            Pattern.compile("[ \\t][-–—][ \\t]*+(?<pii>" + KOREAN + "|" + LATIN + ")[ \\t]*+$");

    private static final Pattern DOCUMENT_TITLE = Pattern.compile("^[ \\t]*+(?:이력서|자기소개서|경력기술서|포트폴리오|입사지원서"
            + "|(?i:resume|résumé|cv|curriculum[ ]vitae|cover[ ]letter|portfolio))[ \\t]*+[—–:|-][ \\t]*+(?<pii>"
            + KOREAN + "|"
            + LATIN + ")[ \\t]*+$");

    private static final Pattern REFERENCES_HEADING = Pattern.compile("^[ \\t]*+[#*■□▶●◆-]*+[ \\t]*+(?:(?i:references?"
            + "|referees?)|추천인(?:[ ]?정보)?|레퍼런스|평판[ ]?조회)[ \\t]*+(?:\\([^)\\n]{0,20}+\\))?[ \\t]*+[:：]?[ \\t]*+$");

    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*+(?:[-•*·▪]|\\d{1,2}[.)])?[ \\t]*+"
            + "(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?[ ]++)?(?<pii>" + KOREAN + "|" + LATIN + ")");

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final String[] lines = text.split("\n", -1);
        final int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        int nonEmpty = 0;
        for (int i = 0; i < lines.length; i++) {
            final String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            nonEmpty++;
            if (nonEmpty <= HEADING_LINES) {
                heading(line, starts[i], found);
                whole(DOCUMENT_TITLE, line, starts[i], found);
            }
            if (hasDash(line)) {
                whole(DASHED, line, starts[i], found);
                final Matcher trailing = TRAILING_SIGNATURE.matcher(line);
                if (trailing.find() && trailing.start() > 0 && isName(trailing.group("pii"), false)) {
                    found.add(starts[i] + trailing.start("pii"), starts[i] + trailing.end("pii"), PiiKind.NAME);
                }
            }
            final String lower = scan.lower().substring(starts[i], starts[i] + line.length());
            if (mayClose(lower)) {
                final Matcher closing = CLOSING.matcher(line);
                if (closing.matches()) {
                    signature(lines, starts, i, closing, found);
                }
            }
            if (line.length() <= 40
                    && mayHeadReferences(lower)
                    && REFERENCES_HEADING.matcher(line).matches()) {
                references(lines, starts, i, found);
            }
        }
    }

    /**
     * A name alone on a title line, or followed by a separator or by the same name in another
     * script (홍길동 Hong Gildong, Go Eunbi 고은비); two Hangul words (장기 근속) are a phrase, and a
     * two-syllable Hangul name counts only alone on its line.
     */
    private static void heading(final String line, final int offset, final Found found) {
        final Matcher m = NAME_LINE.matcher(line);
        if (!m.matches()) {
            return;
        }
        final String name = m.group("pii");
        final String rest = m.group("rest").strip();
        final boolean korean = name.chars().anyMatch(KoreanNames::isSyllable);
        if (korean) {
            if (!rest.isEmpty() && KoreanNames.isSyllable(rest.charAt(0))) {
                return;
            }
            final KoreanNames.Context context = rest.isEmpty() ? KoreanNames.Context.STRONG : KoreanNames.Context.WEAK;
            if (KOREAN_HEADINGS.contains(name.replace(" ", "")) || !KoreanNames.plausible(name, context)) {
                return;
            }
        } else if (!EnglishNames.isName(name, 2)) {
            return;
        }
        found.add(offset + m.start("pii"), offset + m.end("pii"), PiiKind.NAME);
    }

    private static void whole(final Pattern pattern, final String line, final int offset, final Found found) {
        final Matcher m = pattern.matcher(line);
        if (m.matches() && isName(m.group("pii"), false)) {
            found.add(offset + m.start("pii"), offset + m.end("pii"), PiiKind.NAME);
        }
    }

    /** The signature is the rest of the closing line, or the first line after it that is not blank, a date or another closing. */
    private static void signature(
            final String[] lines, final int[] starts, final int at, final Matcher closing, final Found found) {
        final String rest = closing.group("rest") == null ? "" : closing.group("rest");
        if (!rest.isBlank() && !CLOSING.matcher(rest).matches()) {
            signatureLine(rest, starts[at] + closing.start("rest"), found);
            return;
        }
        int seen = 0;
        for (int i = at + 1; i < lines.length && seen < SIGNATURE_LINES; i++) {
            final String line = lines[i];
            if (line.isBlank() || DATE_LINE.matcher(line).matches()) {
                continue;
            }
            seen++;
            final Matcher again = CLOSING.matcher(line);
            if (again.matches()) {
                if (again.group("rest") != null && !again.group("rest").isBlank()) {
                    signatureLine(again.group("rest"), starts[i] + again.start("rest"), found);
                    return;
                }
                continue;
            }
            signatureLine(line, starts[i], found);
            return;
        }
    }

    private static void signatureLine(final String line, final int offset, final Found found) {
        final Matcher m = NAME_LINE.matcher(line);
        if (m.matches() && isName(m.group("pii"), true)) {
            found.add(offset + m.start("pii"), offset + m.end("pii"), PiiKind.NAME);
        }
    }

    /** Every list item under a references heading, up to the next blank line. */
    private static void references(final String[] lines, final int[] starts, final int at, final Found found) {
        for (int i = at + 1; i < lines.length && !lines[i].isBlank(); i++) {
            final Matcher m = LIST_ITEM.matcher(lines[i]);
            if (m.lookingAt() && isName(m.group("pii"), false)) {
                found.add(starts[i] + m.start("pii"), starts[i] + m.end("pii"), PiiKind.NAME);
            }
        }
    }

    private static boolean hasDash(final String line) {
        return line.indexOf('-') >= 0 || line.indexOf('–') >= 0 || line.indexOf('—') >= 0;
    }

    /** Cheap test before the closing pattern: one of the words every closing holds. */
    private static boolean mayClose(final String lower) {
        for (final String word : CLOSING_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHeadReferences(final String lower) {
        return lower.contains("refer") || lower.contains("추천인") || lower.contains("레퍼런스") || lower.contains("평판");
    }

    /** A Korean name, or Latin words that read as one (a single word only where {@code single} allows). */
    private static boolean isName(final String value, final boolean single) {
        if (value.chars().anyMatch(KoreanNames::isSyllable)) {
            return !KOREAN_HEADINGS.contains(value.replace(" ", ""))
                    && KoreanNames.plausible(value, KoreanNames.Context.STRONG);
        }
        return EnglishNames.isName(value, single ? 1 : 2);
    }
}
