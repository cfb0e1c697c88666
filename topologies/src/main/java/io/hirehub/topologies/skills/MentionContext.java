package io.hirehub.topologies.skills;

import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.topologies.skills.SpellingFinder.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around each hit and drops those the text does not claim as the writer's skill:
 * <ul>
 *   <li>negated or planned — the clause's predicate says so in Korean ({@code 쿠버네티스는 써 보지 못했습니다},
 *       {@code 수강 예정}, {@code 준비 중}) or a few words before or after say so in English ({@code no Hadoop
 *       experience}, {@code plan to learn Go}, {@code CFA Level II candidate}, {@code PMP (in progress)}); a list
 *       shares its last item's Korean predicate and its first item's English cue ({@code 쿠버네티스, 헬름 경험 없음});</li>
 *   <li>a company or organisation's name ({@code Salesforce Korea}, {@code 오라클 코리아}, {@code 구글 출신},
 *       {@code 회계 법인}, {@code interned at HubSpot}, {@code 오라클에서 근무});</li>
 *   <li>a one-letter name or {@code Go} outside a skill context: kept only next to other skills, before
 *       {@code 언어}/{@code language}/{@code developer} …, or after {@code in}/{@code with}/{@code using}, and never
 *       glued to {@code &} or a hyphenated word ({@code R&D}, {@code C-suite}).</li>
 * </ul>
 * Cue words inside another skill's spelling ({@code learning} in {@code Machine Learning}) are not cues.
 */
final class MentionContext {

    /** Korean negation and intention in a clause's last words. */
    private static final Pattern KOREAN_NOT = Pattern.compile("없(?:습니다|음|고|으나|는데|지만|었|다|어|으며|네요)"
            + "|않|못|아닙니다|아님|아니다|아니었|모릅|모르|미보유|미취득|불합격|예정|할 계획|계획입니다|계획이 있|계획 중"
            + "|준비\\s*중|준비하|공부\\s*중|공부하|학습\\s*중|학습하고|배우는|배우고|배울|희망합니다|희망하|목표로|목표입니다"
            + "|수강\\s*중|그만두|관심|어렵습니다|어렵다|서툽니다|서툴러");

    private static final Pattern ENGLISH_BEFORE = Pattern.compile("(?i)\\b(?:(?<strong>not(?!\\s+only)|never|cannot)"
            + "|(?<no>no|lack|lacks|lacking)|(?<without>without)"
            + "|(?<plan>learning|learn|plan(?:ning)?\\s+to|plans\\s+to|hop(?:e|ing)\\s+to|want(?:ing)?\\s+to"
            + "|would\\s+like\\s+to|interested\\s+in|studying(?:\\s+for)?|study\\s+for|preparing\\s+for|pursuing"
            + "|aspiring|working\\s+towards?))\\b|(?<nt>n't)");

    private static final Pattern ENGLISH_AFTER = Pattern.compile(
            "(?i)\\b(?:candidate|in\\s+progress|pending|planned|not\\s+my|not\\s+yet|is\\s+not|are\\s+not|isn't|aren't)\\b");

    private static final Pattern COMPANY_AFTER = Pattern.compile(
            "^(?:\\s+(?:Korea|Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|LLC|Co\\.|ERP)\\b|\\s*에서\\s*(?:근무|재직|인턴|일했|일하|퇴사|입사))");
    /** "X-free": without X. */
    private static final Pattern FREE_OF = Pattern.compile("^[-\u2010\u2011]free\\b", Pattern.CASE_INSENSITIVE);
    /** A licence named as someone else's: {@code 공인노무사와 협업}, {@code worked with an attorney}. */
    private static final Pattern SOMEONE_ELSE_AFTER = Pattern.compile("^\\s*(?:와|과)\\s*(?:협업|협력|함께)|^\\s*(?:에게|께)");

    private static final Pattern SOMEONE_ELSE_BEFORE =
            Pattern.compile("(?i)\\b(?:with|for|to)\\s+(?:a|an|the|our|their|external)\\s+$");
    private static final Pattern COMPANY_BEFORE = Pattern.compile(
            "(?i)\\b(?:worked|work|working|interned|intern|internship|employed|job|role|position|engineer|developer"
                    + "|designer|manager|executive|associate|analyst|consultant|specialist|representative|rep|director"
                    + "|years|months)\\s+at\\s+$|\\bjoined\\s+$");

    private static final Pattern SKILL_WORD_AFTER = Pattern.compile(
            "^\\s*(?:언어|language|programming|programmer|developer|개발|code|코드)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SKILL_WORD_BEFORE =
            Pattern.compile("(?i)\\b(?:in|with|using|use|used|written in|wrote)\\s+$");
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s,/·、|&()]*(?:and|or|및|와|과|이나|나)?[\\s,/·、|&()]*$");

    private static final int NEIGHBOUR_CHARS = 25;

    private MentionContext() {}

    /** The hits the text claims as skills, in order. */
    static List<Hit> claimed(final String text, final List<Hit> hits) {
        final List<Hit> kept = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            final Hit hit = hits.get(i);
            if (hit.spelling().ambiguous() && !skillContext(text, hits, i)) {
                continue;
            }
            if (qualifier(text, hits, i) || company(text, hit) || someoneElse(text, hit) || negated(text, hits, i)) {
                continue;
            }
            kept.add(hit);
        }
        return kept;
    }

    private static boolean negated(final String text, final List<Hit> hits, final int i) {
        int first = i;
        while (first > 0 && listed(text, hits.get(first - 1), hits.get(first))) {
            first--;
        }
        int last = i;
        while (last + 1 < hits.size() && listed(text, hits.get(last), hits.get(last + 1))) {
            last++;
        }
        return FREE_OF.matcher(text).region(hits.get(i).end(), text.length()).lookingAt()
                || koreanTail(text, hits, hits.get(last))
                || englishBefore(text, hits, hits.get(first))
                || englishAfter(text, hits, hits.get(last));
    }

    private static boolean listed(final String text, final Hit a, final Hit b) {
        return LIST_GAP.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** The clause's last three words after the hit say it is not held (Korean puts negation in the predicate). */
    private static boolean koreanTail(final String text, final List<Hit> hits, final Hit hit) {
        final int end = Clauses.end(text, hit.end());
        int from = end;
        int words = 0;
        while (from > hit.end() && words < 3) {
            from--;
            while (from > hit.end() && Character.isWhitespace(text.charAt(from))) {
                from--;
            }
            while (from > hit.end() && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            words++;
        }
        return cue(KOREAN_NOT.matcher(text).region(from, end), hits);
    }

    private static boolean englishBefore(final String text, final List<Hit> hits, final Hit hit) {
        final int start = Clauses.start(text, hit.start());
        final Matcher m = ENGLISH_BEFORE.matcher(text).region(start, hit.start());
        boolean negated = false;
        while (m.find()) {
            if (insideHit(hits, m.start())) {
                continue;
            }
            final int between = words(text, m.end(), hit.start());
            final int window = m.group("without") != null ? 1 : m.group("no") != null ? 2 : 3;
            negated = between <= window;
        }
        return negated;
    }

    private static boolean englishAfter(final String text, final List<Hit> hits, final Hit hit) {
        final int end = Clauses.end(text, hit.end());
        final Matcher m = ENGLISH_AFTER.matcher(text).region(hit.end(), end);
        while (m.find()) {
            if (!insideHit(hits, m.start()) && words(text, hit.end(), m.start()) <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hit directly followed by one whose tag name extends its own ({@code 스프링 웹플럭스}: Spring, then Spring
     * WebFlux spelt 웹플럭스) only qualifies the next: the text names one skill.
     */
    private static boolean qualifier(final String text, final List<Hit> hits, final int i) {
        if (i + 1 >= hits.size()) {
            return false;
        }
        final Hit next = hits.get(i + 1);
        final String name = hits.get(i).spelling().skill().name();
        return text.substring(hits.get(i).end(), next.start()).isBlank()
                && next.spelling().skill().name().startsWith(name + " ");
    }

    /** A licence held by someone the writer worked with. */
    private static boolean someoneElse(final String text, final Hit hit) {
        return hit.spelling().skill().category() == SkillCategory.CERTIFICATE
                && (SOMEONE_ELSE_AFTER
                                .matcher(text)
                                .region(hit.end(), text.length())
                                .lookingAt()
                        || SOMEONE_ELSE_BEFORE
                                .matcher(text)
                                .region(Math.max(0, hit.start() - 30), hit.start())
                                .find());
    }

    private static boolean company(final String text, final Hit hit) {
        if (COMPANY_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt()
                || COMPANY_BEFORE
                        .matcher(text)
                        .region(Math.max(0, hit.start() - 40), hit.start())
                        .find()) {
            return true;
        }
        int from = hit.end();
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        return from > hit.end() && KoreanWords.organisation(text.substring(from, Math.min(text.length(), from + 4)));
    }

    /** A one-letter name or Go counts only where the text is about skills. */
    private static boolean skillContext(final String text, final List<Hit> hits, final int i) {
        final Hit hit = hits.get(i);
        final char before = hit.start() > 0 ? text.charAt(hit.start() - 1) : ' ';
        final char after = hit.end() < text.length() ? text.charAt(hit.end()) : ' ';
        final char afterNext = hit.end() + 1 < text.length() ? text.charAt(hit.end() + 1) : ' ';
        if (before == '&'
                || after == '&'
                || after == '\''
                || after == '’'
                || slashedLetter(text, hit.start() - 2, before)
                || slashedLetter(text, hit.end() + 1, after)
                || (Letters.hyphen(after) && Character.isLetter(afterNext))
                || (Letters.hyphen(before) && hit.start() > 1 && Character.isLetter(text.charAt(hit.start() - 2)))) {
            return false;
        }
        if (SKILL_WORD_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt()
                || SKILL_WORD_BEFORE
                        .matcher(text)
                        .region(Math.max(0, hit.start() - 20), hit.start())
                        .find()) {
            return true;
        }
        return neighbour(text, hit, i > 0 ? hits.get(i - 1) : null, true)
                || neighbour(text, hit, i + 1 < hits.size() ? hits.get(i + 1) : null, false);
    }

    /** {@code L/C}, {@code B/L}: a single letter across a slash makes the pair one abbreviation. */
    private static boolean slashedLetter(final String text, final int letterAt, final char slash) {
        if (slash != '/' || letterAt < 0 || letterAt >= text.length() || !Character.isLetter(text.charAt(letterAt))) {
            return false;
        }
        final boolean alone = (letterAt == 0 || !Letters.wordChar(text.charAt(letterAt - 1)))
                && (letterAt + 1 >= text.length() || !Letters.wordChar(text.charAt(letterAt + 1)));
        return alone;
    }

    private static boolean neighbour(final String text, final Hit hit, final Hit other, final boolean before) {
        if (other == null || other.spelling().ambiguous()) {
            return false;
        }
        final int from = before ? other.end() : hit.end();
        final int to = before ? hit.start() : other.start();
        return to - from <= NEIGHBOUR_CHARS && text.substring(from, to).indexOf('\n') < 0;
    }

    private static boolean cue(final Matcher m, final List<Hit> hits) {
        while (m.find()) {
            if (!insideHit(hits, m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideHit(final List<Hit> hits, final int at) {
        for (final Hit hit : hits) {
            if (hit.start() <= at && at < hit.end()) {
                return true;
            }
        }
        return false;
    }

    private static int words(final String text, final int from, final int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            final boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
