package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A set of lower-case keywords found in one pass over the text: a bitmap of their first two
 * characters says where one may start, and only there are the keywords with those characters
 * compared. One pass costs about the same for 3 keywords or 100 (a network's name, a bank's
 * name, a title), where one {@code indexOf} per keyword would not.
 */
final class Keywords {

    /** Bit {@code key(c1, c2)} is set when a keyword starts with c1 c2 (or is the single character c1). */
    private final long[] starts = new long[1 << 10];

    private final Map<Integer, char[][]> byStart = new HashMap<>();
    private final List<String> all;

    Keywords(final List<String> keywords) {
        final LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (final String keyword : keywords) {
            final String lower = Scan.asciiLower(keyword);
            if (!lower.isEmpty()) {
                unique.add(lower);
            }
        }
        this.all = List.copyOf(unique);
        final Map<Integer, List<char[]>> grouped = new HashMap<>();
        for (final String keyword : all) {
            final int key = keyword.length() == 1 ? key(keyword.charAt(0)) : key(keyword.charAt(0), keyword.charAt(1));
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(keyword.toCharArray());
            starts[key >>> 6] |= 1L << key;
        }
        grouped.forEach((key, list) -> byStart.put(key, list.toArray(char[][]::new)));
    }

    private static int key(final char first, final char second) {
        return (first * 31 + second) & 0xFFFF;
    }

    /** Single-character keywords get a key no pair of characters is likely to share. */
    private static int key(final char only) {
        return (only * 131 + 7) & 0xFFFF;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<String> all() {
        return all;
    }

    /** Receives where a keyword starts. */
    interface Hit {
        void at(int position);
    }

    /**
     * Reports every position of the text (ASCII lower case, as a string and as chars) where one of
     * the keywords starts, left to right.
     */
    void find(final String lowerText, final char[] lower, final Hit hit) {
        if (all.size() == 1) {
            // One keyword: String.indexOf is vectorised and beats any loop of ours.
            final String keyword = all.get(0);
            for (int at = lowerText.indexOf(keyword); at >= 0; at = lowerText.indexOf(keyword, at + 1)) {
                hit.at(at);
            }
            return;
        }
        final int length = lower.length;
        for (int i = 0; i < length; i++) {
            final char c = lower[i];
            if (i + 1 < length && found(lower, i, key(c, lower[i + 1]))) {
                hit.at(i);
            } else if (found(lower, i, key(c))) {
                hit.at(i);
            }
        }
    }

    private boolean found(final char[] text, final int at, final int key) {
        if ((starts[key >>> 6] & (1L << key)) == 0) {
            return false;
        }
        for (final char[] keyword : byStart.get(key)) {
            if (matches(text, at, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(final char[] text, final int at, final char[] keyword) {
        if (at + keyword.length > text.length) {
            return false;
        }
        for (int k = 0; k < keyword.length; k++) {
            if (text[at + k] != keyword[k]) {
                return false;
            }
        }
        return true;
    }
}
