package io.hirehub.topologies.resume.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Helpers shared by the experience and education readers: bullets, separators, header parts. */
final class EntryLines {

    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-•*·▪◦○●■□▶►✓✔]|\\d{1,2}[.)])[ \\t]+");
    private static final Pattern PART_SEPARATORS =
            Pattern.compile("[ \\t]*[|｜/·•][ \\t]*|[ \\t]+[-–—][ \\t]+|,[ \\t]+|[ \\t]{2,}|\\t|[ \\t]+(?:at|@)[ \\t]+");
    private static final Pattern EDGE_JUNK = Pattern.compile("^[\\s|,:;/·\\-–—)\\]]+|[\\s|,:;/·\\-–—(\\[]+$");
    private static final Pattern MARKDOWN = Pattern.compile("^#+[ \\t]*|\\*\\*|__");

    private EntryLines() {}

    static boolean isBullet(final String line) {
        return BULLET.matcher(line).find();
    }

    static String stripBullet(final String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    static String clean(final String text) {
        String cleaned = MARKDOWN.matcher(text).replaceAll("");
        cleaned = cleaned.replaceAll("\\(\\s*\\)|\\[\\s*]", "");
        return EDGE_JUNK.matcher(cleaned).replaceAll("").strip();
    }

    /** The non-empty parts of a header line, e.g. {@code ABC테크 | 백엔드 개발자} → two parts. */
    static List<String> parts(final String header) {
        final String cleaned = clean(header);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        final List<String> parts = new ArrayList<>();
        for (final String part : PART_SEPARATORS.split(cleaned)) {
            final String trimmed = clean(part);
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    /** Removes {@code [start, end)} from {@code line}. */
    static String cut(final String line, final int start, final int end) {
        return line.substring(0, start) + " " + line.substring(end);
    }

    static List<String> lines(final String... lines) {
        return Arrays.asList(lines);
    }
}
