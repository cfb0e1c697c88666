package io.hirehub.topologies.skills;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause bounds in resume text, for reading what a clause says about a skill it names: sentence ends, line breaks,
 * table cells, commas (not inside numbers), a closing parenthesis, English conjunctions ({@code but}, {@code when}
 * …) and Korean connective endings ({@code 했고}, {@code 없으나}, {@code 했지만} …).
 */
final class Clauses {

    private static final Pattern ENGLISH_CONJUNCTION =
            Pattern.compile("(?i)\\s(?:but|when|while|although|though|so|whereas|because)\\s");
    /** A Korean word ending in a connective: what precedes it is a clause of its own. */
    private static final Pattern KOREAN_CONNECTIVE =
            Pattern.compile("(?:지만|으나|는데|면서|으며|[했하었았였되있없]고|[했하었았였되있없]며)(?=[\\s,])");

    private static final Set<Character> HARD = Set.of('!', '?', ';', '\n', '\r', '|', '•', ')');

    private Clauses() {}

    /** Where the clause holding position {@code at} starts. */
    static int start(final String text, final int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (boundaryAt(text, i)) {
                start = i + 1;
                break;
            }
        }
        start = Math.max(start, lastEnd(ENGLISH_CONJUNCTION.matcher(text), start, at));
        return Math.max(start, lastEnd(KOREAN_CONNECTIVE.matcher(text), start, at));
    }

    /** Where the clause holding position {@code at} ends (exclusive; a closing parenthesis stays inside). */
    static int end(final String text, final int at) {
        int end = text.length();
        for (int i = at; i < text.length(); i++) {
            if (boundaryAt(text, i)) {
                end = text.charAt(i) == ')' ? i + 1 : i;
                break;
            }
        }
        final Matcher english =
                ENGLISH_CONJUNCTION.matcher(text).useTransparentBounds(true).region(at, end);
        if (english.find()) {
            end = english.start();
        }
        final Matcher korean =
                KOREAN_CONNECTIVE.matcher(text).useTransparentBounds(true).region(at, end);
        if (korean.find()) {
            end = korean.end();
        }
        return end;
    }

    private static boolean boundaryAt(final String text, final int i) {
        final char c = text.charAt(i);
        if (HARD.contains(c)) {
            return true;
        }
        final boolean followedByDigit = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (c == ',') {
            return !followedByDigit;
        }
        if (c == '.' || c == '。') {
            return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }

    private static int lastEnd(final Matcher matcher, final int from, final int to) {
        int last = from;
        matcher.useTransparentBounds(true).region(from, to);
        while (matcher.find()) {
            last = matcher.end();
        }
        return last;
    }
}
