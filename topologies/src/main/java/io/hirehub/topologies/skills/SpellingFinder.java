package io.hirehub.topologies.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every spelling of a vocabulary in a text in one pass: a trie over spelling keys ({@link Letters}) walked from
 * each position of the text's key sequence, then each hit checked against the original text — word boundaries
 * ({@code Java} never inside {@code JavaScript}, {@code 회계} never inside {@code 회계법인}), where spaces may sit
 * (anywhere between Hangul syllables, between Latin letters only where the spelling has one), and letter case for
 * case-sensitive spellings. Overlapping hits keep the longest ({@code 스프링 부트} over {@code 스프링}).
 *
 * <p>Immutable once built; thread-safe. Cost is linear in the text (times the longest spelling), whatever the size
 * of the vocabulary.
 */
final class SpellingFinder {

    /** A checked hit: the spelling and the characters {@code [start, end)} of the original text. */
    record Hit(Spelling spelling, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final class Node {
        private final Map<Character, Node> children = new HashMap<>(4);
        private final List<Spelling> ends = new ArrayList<>(1);
    }

    private final Node root = new Node();

    SpellingFinder(final Iterable<Spelling> spellings) {
        for (final Spelling spelling : spellings) {
            Node node = root;
            for (int i = 0; i < spelling.key().length(); i++) {
                node = node.children.computeIfAbsent(spelling.key().charAt(i), c -> new Node());
            }
            node.ends.add(spelling);
        }
    }

    /** Non-overlapping hits in text order; the longest wins an overlap, then the earliest. */
    List<Hit> find(final String text) {
        final int n = text.length();
        final char[] keys = new char[n];
        final int[] at = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            final char c = text.charAt(i);
            if (!Letters.separator(c)) {
                keys[size] = Letters.key(c);
                at[size++] = i;
            }
        }
        final List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Node node = root;
            for (int j = i; j < size; j++) {
                node = node.children.get(keys[j]);
                if (node == null) {
                    break;
                }
                for (final Spelling spelling : node.ends) {
                    if (fits(spelling, text, keys, at, i, j)) {
                        hits.add(new Hit(spelling, at[i], at[j] + 1));
                    }
                }
            }
        }
        return longestFirst(hits, n);
    }

    private static boolean fits(
            final Spelling spelling, final String text, final char[] keys, final int[] at, final int i, final int j) {
        final int start = at[i];
        final int end = at[j] + 1;
        if (!leftBoundary(spelling, text, start) || !rightBoundary(spelling, text, end)) {
            return false;
        }
        for (int k = i + 1; k <= j; k++) {
            if (at[k] > at[k - 1] + 1
                    && Letters.latin(keys[k - 1])
                    && Letters.latin(keys[k])
                    && hasSpace(text, at[k - 1] + 1, at[k])
                    && !spelling.separatorAfter()[k - 1 - i]) {
                return false; // "c ad" is not CAD: Latin letters split by a space the spelling does not have
            }
        }
        return !spelling.caseSensitive() || spelling.sameLetters(text.subSequence(start, end));
    }

    private static boolean leftBoundary(final Spelling spelling, final String text, final int start) {
        if (start == 0) {
            return true;
        }
        final char before = text.charAt(start - 1);
        if (spelling.startsHangul()) {
            return !Letters.hangul(before);
        }
        // ".js" of Vue.js is not JS; a spelling that itself starts with '.' (.NET) needs no such guard.
        final boolean dot = before == '.' && text.charAt(start) != '.';
        return !(Letters.wordChar(before) && !Letters.hangul(before)) && !dot;
    }

    private static boolean rightBoundary(final Spelling spelling, final String text, final int end) {
        if (end == text.length()) {
            return true;
        }
        final char after = text.charAt(end);
        if (spelling.endsHangul()) {
            if (!Letters.hangul(after)) {
                return true;
            }
            int stop = end;
            while (stop < text.length() && Letters.hangul(text.charAt(stop))) {
                stop++;
            }
            return KoreanWords.continues(text.substring(end, stop));
        }
        if (Letters.wordChar(after) && !Letters.hangul(after)) {
            return false;
        }
        // "Node" in "Node.js" is not a word end; "Java." closing a sentence is.
        return !(after == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
    }

    private static boolean hasSpace(final String text, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (Letters.space(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<Hit> longestFirst(final List<Hit> hits, final int length) {
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
        final boolean[] taken = new boolean[length];
        final List<Hit> chosen = new ArrayList<>();
        for (final Hit hit : hits) {
            boolean free = true;
            for (int i = hit.start(); i < hit.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = hit.start(); i < hit.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(hit);
            }
        }
        chosen.sort(Comparator.comparingInt(Hit::start));
        return chosen;
    }
}
