package io.hirehub.topologies.resume.pii;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Where placeholders sit in text, so that no detector masks, cuts or re-counts one. */
final class Placeholders {

    private Placeholders() {}

    /** Any placeholder, e.g. {@code [PHONE]}. */
    static final String ANY = Arrays.stream(PiiKind.values())
            .map(kind -> Pattern.quote(kind.placeholder()))
            .collect(Collectors.joining("|", "(?:", ")"));

    private static final Pattern ONLY = Pattern.compile("(?:[\\s,()/|·-]*+" + ANY + ")++[\\s,()/|·-]*+");

    private static final int LONGEST = Arrays.stream(PiiKind.values())
            .mapToInt(kind -> kind.placeholder().length())
            .max()
            .orElseThrow();

    /** Whether {@code value} holds nothing but placeholders and separators. */
    static boolean only(final String value) {
        return ONLY.matcher(value).matches();
    }

    /** Whether {@code [start, end)} starts or ends inside a placeholder of {@code text}. */
    static boolean cuts(final String text, final int start, final int end) {
        return inside(text, start) || inside(text, end);
    }

    /** Whether {@code at} lies strictly inside a placeholder (not at its edges). */
    private static boolean inside(final String text, final int at) {
        final int from = Math.max(0, at - LONGEST + 1);
        for (int open = at - 1; open >= from; open--) {
            final char c = text.charAt(open);
            if (c == ']') {
                return false;
            }
            if (c == '[') {
                final int close = text.indexOf(']', open);
                return close >= at && PiiKind.ofPlaceholder(text.substring(open, close + 1)) != null;
            }
        }
        return false;
    }
}
