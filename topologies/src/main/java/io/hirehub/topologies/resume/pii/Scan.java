package io.hirehub.topologies.resume.pii;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One version of the text being masked, with what lets a detector skip most of it: an ASCII
 * lower-case copy (same length, so offsets agree) and the line starts. A detector that needs a
 * keyword ({@code 여권}, {@code passport}, a bank's name) asks for the lines that hold one and runs
 * its pattern on those lines only; that keeps a three-page resume well under a few milliseconds
 * although there are dozens of patterns.
 */
final class Scan {

    private final String text;
    private String lower;
    private char[] lowerChars;
    private int[] lineStarts;
    private Keywords.Matcher union;
    private int[][] sharedHits;

    Scan(final String text) {
        this.text = text;
    }

    /** A scan whose lower-case copy is already known (kept up to date by {@link MaskingRun}). */
    Scan(final String text, final String lower) {
        this.text = text;
        this.lower = lower;
    }

    String text() {
        return text;
    }

    /** {@link #text()} with A-Z lowered and nothing else changed. */
    String lower() {
        if (lower == null) {
            lower = asciiLower(text);
        }
        return lower;
    }

    /** {@code value} with A-Z lowered and nothing else changed (so offsets stay). */
    static String asciiLower(final String value) {
        final char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            final char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Receives one line: {@code [start, end)} without its line break. */
    interface LineAction {
        void line(int start, int end);
    }

    /** Calls {@code action} once for every line holding one of {@code keywords}, top to bottom. */
    void linesWith(final Keywords keywords, final LineAction action) {
        final int[] starts = lineStarts();
        final BitSet lines = new BitSet(starts.length);
        hits(keywords, at -> lines.set(lineOf(starts, at)));
        for (int line = lines.nextSetBit(0); line >= 0; line = lines.nextSetBit(line + 1)) {
            action.line(starts[line], lineEnd(starts, line));
        }
    }

    /** Receives one place a keyword starts and the end of its line. */
    interface HitAction {
        void hit(int at, int lineEnd);
    }

    /** Calls {@code action} for every place one of {@code keywords} starts, left to right. */
    void keywordStarts(final Keywords keywords, final HitAction action) {
        final int[] starts = lineStarts();
        final BitSet positions = new BitSet(text.length());
        hits(keywords, positions::set);
        for (int at = positions.nextSetBit(0); at >= 0; at = positions.nextSetBit(at + 1)) {
            action.hit(at, lineEnd(starts, lineOf(starts, at)));
        }
    }

    /** Receives a position. */
    interface Position {
        void at(int position);
    }

    /**
     * Every position where one of {@code keywords} starts (unordered for shared sets). Shared sets read
     * the positions of their keywords from one pass that found all shared keywords at once.
     */
    void hits(final Keywords keywords, final Position action) {
        final int[] ids = keywords.ids();
        // A few keywords cost a few indexOf calls: not worth the shared pass unless it is done already.
        final boolean shared =
                ids != null && (sharedHits != null || keywords.all().size() > Keywords.FEW);
        if (shared && sharedHits() != null && allBelow(ids, sharedHits.length)) {
            for (final int id : ids) {
                for (final int at : sharedHits[id]) {
                    action.at(at);
                }
            }
            return;
        }
        keywords.find(lower(), lowerChars(), (at, keyword) -> action.at(at));
    }

    private static boolean allBelow(final int[] ids, final int size) {
        for (final int id : ids) {
            if (id >= size) {
                return false;
            }
        }
        return true;
    }

    /** Positions of every shared keyword, by keyword id (one pass over the text, done once). */
    private int[][] sharedHits() {
        if (sharedHits == null) {
            union = Keywords.union();
            final int size = union.size();
            final int[] counts = new int[size];
            final int[][] found = {new int[256]};
            final int[] n = {0};
            union.find(
                    lower(),
                    lowerChars(),
                    (at, id) -> {
                        counts[id]++;
                        if (n[0] + 2 > found[0].length) {
                            found[0] = Arrays.copyOf(found[0], found[0].length * 2);
                        }
                        found[0][n[0]++] = at;
                        found[0][n[0]++] = id;
                    },
                    true);
            final int[][] hits = new int[size][];
            for (int id = 0; id < size; id++) {
                hits[id] = new int[counts[id]];
            }
            final int[] filled = new int[size];
            for (int i = 0; i < n[0]; i += 2) {
                final int id = found[0][i + 1];
                hits[id][filled[id]++] = found[0][i];
            }
            sharedHits = hits;
        }
        return sharedHits;
    }

    private int lineEnd(final int[] starts, final int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }

    private char[] lowerChars() {
        if (lowerChars == null) {
            lowerChars = lower().toCharArray();
        }
        return lowerChars;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            final char[] chars = lowerChars();
            int[] starts = new int[64];
            int count = 1;
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }

    private static int lineOf(final int[] starts, final int at) {
        final int found = Arrays.binarySearch(starts, at);
        return found >= 0 ? found : -found - 2;
    }
}
