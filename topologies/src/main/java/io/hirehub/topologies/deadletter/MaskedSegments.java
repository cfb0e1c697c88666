package io.hirehub.topologies.deadletter;

import io.hirehub.topologies.resume.pii.PiiKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw values masking removed from a text, recovered by lining the masked text up with the raw
 * one: masked = L0 P1 L1 … Pn Ln and raw = L0 V1 L1 … Vn Ln, so each Vi lies between the literal
 * pieces around its placeholder. Placeholders with nothing between them give one value.
 */
final class MaskedSegments {

    private MaskedSegments() {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]{2,20}]");

    /** Raw value → placeholder, for every placeholder of {@code masked} that stands for text of {@code raw}. */
    static Map<String, String> between(final String raw, final String masked) {
        final Map<String, String> removed = new LinkedHashMap<>();
        final List<String> literals = new ArrayList<>();
        final List<String> placeholders = new ArrayList<>();
        final Matcher placeholder = PLACEHOLDER.matcher(masked);
        int at = 0;
        while (placeholder.find()) {
            if (PiiKind.ofPlaceholder(placeholder.group()) != null) {
                literals.add(masked.substring(at, placeholder.start()));
                placeholders.add(placeholder.group());
                at = placeholder.end();
            }
        }
        literals.add(masked.substring(at));
        if (placeholders.isEmpty() || !raw.startsWith(literals.get(0))) {
            return removed;
        }
        int start = literals.get(0).length();
        String kind = null;
        for (int i = 0; i < placeholders.size(); i++) {
            kind = kind == null ? placeholders.get(i) : kind;
            final String next = literals.get(i + 1);
            final boolean last = i == placeholders.size() - 1;
            if (next.isEmpty() && !last) {
                continue; // [NAME][PHONE]: one value for both
            }
            final int end =
                    last ? (raw.endsWith(next) ? raw.length() - next.length() : -1) : raw.indexOf(next, start + 1);
            if (end < start) {
                return removed;
            }
            final String value = raw.substring(start, end).strip();
            if (value.length() >= 2) {
                removed.put(value, kind);
            }
            start = end + next.length();
            kind = null;
        }
        return removed;
    }
}
