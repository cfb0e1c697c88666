package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A set of lower-case keywords that a detector needs on a line before its pattern is worth running
 * there. Finding them takes one pass over the text: a bitmap of first two characters says where a
 * keyword may start, and only there are keywords compared. The sets of the built-in rules are
 * {@linkplain #shared shared}: their keywords are found together in one pass per text
 * ({@link Scan#hits}), whatever the number of rules.
 */
final class Keywords {

    /** Up to this many keywords are found with {@code indexOf}, one pass each, and no tables. */
    static final int FEW = 4;

    /** Every shared keyword and its id (the position in this map), in the order registered. */
    private static final Map<String, Integer> REGISTRY = new LinkedHashMap<>();

    private static Matcher union = new Matcher(List.of());

    private final List<String> all;
    private final Matcher own;
    private final int[] ids;

    private Keywords(final List<String> keywords, final boolean shared) {
        final LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (final String keyword : keywords) {
            final String lower = Scan.asciiLower(keyword);
            if (!lower.isEmpty()) {
                unique.add(lower);
            }
        }
        this.all = List.copyOf(unique);
        this.own = new Matcher(all);
        this.ids = shared ? register(all) : null;
    }

    /** A set found on its own (names known only while masking one text). */
    Keywords(final List<String> keywords) {
        this(keywords, false);
    }

    /** A set of a built-in rule, found together with all other shared sets. */
    static Keywords shared(final List<String> keywords) {
        return new Keywords(keywords, true);
    }

    private static synchronized int[] register(final List<String> keywords) {
        final int[] ids = new int[keywords.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = REGISTRY.computeIfAbsent(keywords.get(i), k -> REGISTRY.size());
        }
        union = new Matcher(List.copyOf(REGISTRY.keySet()));
        return ids;
    }

    /** The matcher of every shared keyword registered so far (ids are positions in its list). */
    static synchronized Matcher union() {
        return union;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<String> all() {
        return all;
    }

    /** Ids of this set's keywords in the shared {@link #union()}, or {@code null} when not shared. */
    int[] ids() {
        return ids;
    }

    /** Receives where a keyword starts. */
    interface Hit {
        void at(int position, int keyword);
    }

    /** Reports every position where one of this set's keywords starts, left to right (its own pass). */
    void find(final String lowerText, final char[] lower, final Hit hit) {
        own.find(lowerText, lower, hit, false);
    }

    /** Finds a list of keywords in text; keyword ids are positions in that list. */
    static final class Matcher {

        /** Bit {@code key(c1, c2)} is set when a keyword starts with c1 c2 (or is the single character c1). */
        private final long[] starts;

        /** Keywords (chars and id) by {@code key & buckets - 1}; a bucket may mix keys (all are compared). */
        private final char[][][] byStart;

        private final int buckets;

        private final int[][] idsByStart;
        private final List<String> keywords;

        Matcher(final List<String> keywords) {
            this.keywords = keywords;
            if (keywords.size() <= FEW) {
                starts = null;
                byStart = null;
                idsByStart = null;
                buckets = 0;
                return;
            }
            // About four buckets per keyword: few keywords share one, and a small set stays small.
            buckets = Math.min(1 << 12, Integer.highestOneBit(keywords.size() * 4 - 1) << 1);
            starts = new long[1 << 10];
            byStart = new char[buckets][][];
            idsByStart = new int[buckets][];
            final List<List<Integer>> grouped = new ArrayList<>();
            for (int b = 0; b < buckets; b++) {
                grouped.add(null);
            }
            for (int id = 0; id < keywords.size(); id++) {
                final String keyword = keywords.get(id);
                final int key =
                        keyword.length() == 1 ? key(keyword.charAt(0)) : key(keyword.charAt(0), keyword.charAt(1));
                starts[key >>> 6] |= 1L << key;
                final int bucket = key & (buckets - 1);
                if (grouped.get(bucket) == null) {
                    grouped.set(bucket, new ArrayList<>());
                }
                grouped.get(bucket).add(id);
            }
            for (int b = 0; b < buckets; b++) {
                final List<Integer> bucket = grouped.get(b);
                if (bucket != null) {
                    byStart[b] = bucket.stream()
                            .map(id -> keywords.get(id).toCharArray())
                            .toArray(char[][]::new);
                    idsByStart[b] = bucket.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }

        int size() {
            return keywords.size();
        }

        /**
         * Reports where keywords start in the text (ASCII lower case, as a string and as chars),
         * left to right: every keyword found there when {@code all}, else the first.
         */
        void find(final String lowerText, final char[] lower, final Hit hit, final boolean all) {
            if (starts == null) {
                few(lowerText, hit, all);
                return;
            }
            final int length = lower.length;
            for (int i = 0; i < length; i++) {
                final char c = lower[i];
                final boolean pair = i + 1 < length && found(lower, i, key(c, lower[i + 1]), hit, all);
                if (!pair || all) {
                    found(lower, i, key(c), hit, all);
                }
            }
        }

        /** A few keywords: String.indexOf is vectorised and beats any loop of ours; positions merged in order. */
        private void few(final String lowerText, final Hit hit, final boolean all) {
            if (keywords.size() == 1) {
                final String keyword = keywords.get(0);
                for (int at = lowerText.indexOf(keyword); at >= 0; at = lowerText.indexOf(keyword, at + 1)) {
                    hit.at(at, 0);
                }
                return;
            }
            final int[] next = new int[keywords.size()];
            for (int id = 0; id < next.length; id++) {
                next[id] = lowerText.indexOf(keywords.get(id));
            }
            while (true) {
                int at = Integer.MAX_VALUE;
                for (final int position : next) {
                    if (position >= 0 && position < at) {
                        at = position;
                    }
                }
                if (at == Integer.MAX_VALUE) {
                    return;
                }
                boolean reported = false;
                for (int id = 0; id < next.length; id++) {
                    if (next[id] == at) {
                        if (all || !reported) {
                            hit.at(at, id);
                            reported = true;
                        }
                        next[id] = lowerText.indexOf(keywords.get(id), at + 1);
                    }
                }
            }
        }

        private boolean found(final char[] text, final int at, final int key, final Hit hit, final boolean all) {
            if ((starts[key >>> 6] & (1L << key)) == 0) {
                return false;
            }
            final int bucket = key & (buckets - 1);
            final char[][] candidates = byStart[bucket];
            boolean any = false;
            for (int k = 0; k < candidates.length; k++) {
                if (matches(text, at, candidates[k])) {
                    hit.at(at, idsByStart[bucket][k]);
                    if (!all) {
                        return true;
                    }
                    any = true;
                }
            }
            return any;
        }
    }

    private static int key(final char first, final char second) {
        return (first * 31 + second) & 0xFFFF;
    }

    /** Single-character keywords get a key no pair of characters is likely to share. */
    private static int key(final char only) {
        return (only * 131 + 7) & 0xFFFF;
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
