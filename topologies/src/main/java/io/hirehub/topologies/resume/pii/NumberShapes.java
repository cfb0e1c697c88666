package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The rules that recognise a number by its shape alone (licence, registration and phone numbers)
 * run as one detector: they are tried only where a run of digits starts (or {@code (}, {@code O1O},
 * {@code 공일공}) and enough digits follow within the next characters. A resume is full of short
 * numbers (years, versions, counts) that no such rule can match; one pass over the text skips them
 * all instead of every rule scanning the whole text.
 */
final class NumberShapes implements Detector {

    /** How far ahead digits are counted from a candidate start. */
    private static final int WINDOW = 24;

    /** A shape rule and the fewest digits a match of it holds. */
    record Shape(PiiRule rule, int minDigits) {}

    private final List<Shape> shapes;
    private final int fewest;

    NumberShapes(final List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
        this.fewest = shapes.stream().mapToInt(Shape::minDigits).min().orElse(0);
    }

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final int length = text.length();
        // digits[i] = how many digits text[0, i) holds
        final int[] digits = new int[length + 1];
        for (int i = 0; i < length; i++) {
            digits[i + 1] = digits[i] + (isDigit(text.charAt(i)) ? 1 : 0);
        }
        final Matcher[] matchers = new Matcher[shapes.size()];
        for (int s = 0; s < matchers.length; s++) {
            matchers[s] = shapes.get(s).rule().pattern().matcher(text).useTransparentBounds(true);
        }
        int reportedUpTo = 0;
        for (int at = 0; at < length; at++) {
            if (at < reportedUpTo || !mayStart(text, at)) {
                continue;
            }
            final int ahead = digits[Math.min(length, at + WINDOW)] - digits[at];
            if (ahead < fewest) {
                continue;
            }
            final int lineEnd = lineEnd(text, at);
            for (int s = 0; s < matchers.length; s++) {
                if (ahead < shapes.get(s).minDigits()) {
                    continue;
                }
                final Matcher matcher = matchers[s].region(at, lineEnd);
                if (matcher.lookingAt()) {
                    shapes.get(s).rule().report(text, matcher, found, true);
                    reportedUpTo = matcher.end();
                    break;
                }
            }
        }
    }

    /** A digit that starts a run of digits, or a '(' / letter-O / 공 that may open a phone number. */
    private static boolean mayStart(final String text, final int at) {
        final char c = text.charAt(at);
        if (isDigit(c)) {
            return at == 0 || !isDigit(text.charAt(at - 1));
        }
        final char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        return (c == '(' && isDigit(next))
                || ((c == 'O' || c == 'o') && (next == '1' || next == 'l' || next == 'I'))
                || (c == '공' && next == '일');
    }

    private static boolean isDigit(final char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static int lineEnd(final String text, final int from) {
        final int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
