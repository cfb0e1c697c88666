package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One masking of one text: runs detectors in phases, replaces what they found with placeholders,
 * counts it into {@link MaskedFields} and remembers the names it removed (so that later occurrences
 * of the same name go too).
 *
 * <p>The detectors of one phase look at the same text; a later phase sees the placeholders of the
 * earlier ones (an alias needs the {@code [NAME]} beside it). Within a phase, detectors keep their
 * order as a priority: a stretch found by a later detector is dropped when it overlaps one already
 * taken. A stretch is also dropped when it holds nothing but placeholders or cuts into one, so no
 * detector ever re-masks a placeholder: that is what makes masking idempotent.
 */
final class MaskingRun {

    private static final Comparator<Span> BY_POSITION =
            Comparator.<Span>comparingInt(Span::start).thenComparingInt(span -> -span.end());

    private record Span(int start, int end, PiiKind kind) {

        boolean overlaps(final Span other) {
            return start < other.end && other.start < end;
        }
    }

    private final MaskedFields.Builder fields = new MaskedFields.Builder();
    private final Set<String> names = new LinkedHashSet<>();
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

    /** Runs one detector as a phase of its own; whether the text changed. */
    boolean run(final Detector detector) {
        return run(List.of(detector));
    }

    /** Runs {@code phase}'s detectors on the current text and applies what they found; whether the text changed. */
    boolean run(final List<? extends Detector> phase) {
        if (scan == null) {
            scan = lower == null ? new Scan(text) : new Scan(text, lower);
        }
        final List<Span> taken = new ArrayList<>();
        final List<Span> found = new ArrayList<>();
        for (final Detector detector : phase) {
            found.clear();
            detector.detect(scan, (start, end, kind) -> found.add(new Span(start, end, kind)));
            found.sort(BY_POSITION);
            int ownEnd = -1;
            for (final Span span : found) {
                if (span.start() < ownEnd || !maskable(span)) {
                    continue;
                }
                if (take(taken, span)) {
                    ownEnd = span.end();
                }
            }
        }
        if (taken.isEmpty()) {
            return false;
        }
        taken.sort(BY_POSITION);
        apply(taken);
        return true;
    }

    private boolean maskable(final Span span) {
        if (span.start() >= span.end() || span.end() > text.length()) {
            return false;
        }
        final String value = text.substring(span.start(), span.end());
        return !value.isBlank() && !Placeholders.only(value) && !Placeholders.cuts(text, span.start(), span.end());
    }

    /** Takes {@code span} unless it overlaps one taken before. */
    private static boolean take(final List<Span> taken, final Span span) {
        for (final Span other : taken) {
            if (span.overlaps(other)) {
                return false;
            }
        }
        taken.add(span);
        return true;
    }

    private void apply(final List<Span> taken) {
        final String lowered = scan.lower();
        final StringBuilder out = new StringBuilder(text.length());
        final StringBuilder lowerOut = new StringBuilder(text.length());
        int last = 0;
        for (final Span span : taken) {
            final String value = text.substring(span.start(), span.end());
            fields.add(span.kind(), value);
            if (span.kind() == PiiKind.NAME) {
                names.add(value);
            }
            out.append(text, last, span.start()).append(span.kind().placeholder());
            lowerOut.append(lowered, last, span.start())
                    .append(Scan.asciiLower(span.kind().placeholder()));
            last = span.end();
        }
        text = out.append(text, last, text.length()).toString();
        lower = lowerOut.append(lowered, last, lowered.length()).toString();
        scan = null;
    }
}
