package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One masking of one text: runs detectors one after the other, each on the output of the one
 * before, replaces what they found with placeholders, counts it into {@link MaskedFields} and
 * remembers the names it removed (so that later occurrences of the same name go too).
 *
 * <p>A found stretch is dropped when it holds nothing but placeholders or cuts into one, so no
 * detector ever re-masks a placeholder: that is what makes masking idempotent. Of overlapping
 * stretches the one that starts first wins (the longer one on a tie).
 */
final class MaskingRun {

    private static final Comparator<int[]> BY_POSITION =
            Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> -span[1]);

    private final MaskedFields.Builder fields = new MaskedFields.Builder();
    private final Set<String> names = new LinkedHashSet<>();
    private final List<int[]> spans = new ArrayList<>();
    private final List<PiiKind> kinds = new ArrayList<>();
    private String text;
    private String lower;
    private Scan scan;

    MaskingRun(final String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    MaskedFields fields() {
        return fields.build();
    }

    /** The raw names masked so far, in the order found (never leaves the masker). */
    Set<String> names() {
        return names;
    }

    /** Runs {@code detector} on the current text and applies what it found. */
    void run(final Detector detector) {
        spans.clear();
        kinds.clear();
        if (scan == null) {
            scan = lower == null ? new Scan(text) : new Scan(text, lower);
        }
        detector.detect(scan, (start, end, kind) -> {
            spans.add(new int[] {start, end, kinds.size()});
            kinds.add(kind);
        });
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(BY_POSITION);
        final String lowered = scan.lower();
        final StringBuilder out = new StringBuilder(text.length());
        final StringBuilder lowerOut = new StringBuilder(text.length());
        int last = 0;
        for (final int[] span : spans) {
            final int start = span[0];
            final int end = span[1];
            if (start < last || start >= end) {
                continue;
            }
            final String value = text.substring(start, end);
            if (value.isBlank() || Placeholders.only(value) || Placeholders.cuts(text, start, end)) {
                continue;
            }
            final PiiKind kind = kinds.get(span[2]);
            fields.add(kind, value);
            if (kind == PiiKind.NAME) {
                names.add(value);
            }
            out.append(text, last, start).append(kind.placeholder());
            lowerOut.append(lowered, last, start).append(Scan.asciiLower(kind.placeholder()));
            last = end;
        }
        if (last > 0) {
            text = out.append(text, last, text.length()).toString();
            lower = lowerOut.append(lowered, last, lowered.length()).toString();
            scan = null;
        }
    }
}
