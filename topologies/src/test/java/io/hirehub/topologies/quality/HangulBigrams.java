package io.hirehub.topologies.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain lexical tokens of the baseline: character bigrams inside each run of Hangul syllables (a
 * one-syllable run is kept whole) and lower-cased words of Latin letters and digits. No dictionary, no stemming:
 * {@code 간호사를} gives 간호, 호사, 사를 and so still shares 간호 and 호사 with {@code 간호사}.
 */
final class HangulBigrams {

    private HangulBigrams() {}

    static List<String> tokens(final String text) {
        final List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            final char c = text.charAt(i);
            if (isHangul(c)) {
                int end = i;
                while (end < text.length() && isHangul(text.charAt(end))) {
                    end++;
                }
                if (end - i == 1) {
                    tokens.add(text.substring(i, end));
                }
                for (int j = i; j + 1 < end; j++) {
                    tokens.add(text.substring(j, j + 2));
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                tokens.add(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isHangul(final char c) {
        return c >= '가' && c <= '힣';
    }

    private static boolean isWordChar(final char c) {
        return Character.isLetterOrDigit(c) && !isHangul(c);
    }
}
