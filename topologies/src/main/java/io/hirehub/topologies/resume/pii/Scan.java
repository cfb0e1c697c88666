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
        keywords.find(lower(), lowerChars(), at -> lines.set(lineOf(starts, at)));
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
        keywords.find(lower(), lowerChars(), at -> action.hit(at, lineEnd(starts, lineOf(starts, at))));
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
