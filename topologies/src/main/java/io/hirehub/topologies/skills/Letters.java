package io.hirehub.topologies.skills;

/**
 * Character classes the skill finder reads text by. Matching is on <em>keys</em>: characters lower-cased, full-width
 * ASCII folded to ASCII, and spaces and hyphens left out, so {@code 데이터분석}, {@code 데이터 분석} and
 * {@code Front-end}/{@code Frontend} meet; where such a separator may sit inside a spelling is checked afterwards
 * against the original text.
 */
final class Letters {

    private Letters() {}

    /** Spaces and hyphens: left out of keys. A line break is not one (a spelling never spans lines). */
    static boolean separator(final char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || hyphen(c);
    }

    static boolean hyphen(final char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean space(final char c) {
        return separator(c) && !hyphen(c);
    }

    /** The key character of {@code c}: full-width ASCII folded, lower case. */
    static char key(final char c) {
        final char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return Character.toLowerCase(folded);
    }

    /** A precomposed Hangul syllable or a Hangul letter. */
    static boolean hangul(final char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3131' && c <= '\u318E');
    }

    /** A letter or digit of a script other than Hangul (Latin, mostly). */
    static boolean latin(final char c) {
        return Character.isLetterOrDigit(c) && !hangul(c);
    }

    /** Characters that continue a Latin word: letters, digits, {@code +} and {@code #} (C++, C#). */
    static boolean wordChar(final char c) {
        return latin(c) || c == '+' || c == '#';
    }

    /** Whether {@code s} holds at least one Hangul character. */
    static boolean hasHangul(final CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (hangul(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The key of a whole spelling: separators dropped, every other character folded by {@link #key}. */
    static String keyOf(final String spelling) {
        final StringBuilder key = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            final char c = spelling.charAt(i);
            if (!separator(c)) {
                key.append(key(c));
            }
        }
        return key.toString();
    }
}
