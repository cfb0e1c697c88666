package io.hirehub.topologies.resume.pii;

/**
 * Finds personal data in text and reports where it is. {@link PiiRule} is the regular-expression
 * detector; hand-written scanners (closing lines, file names, known names) implement this too.
 * A detector only reports: {@link MaskingRun} replaces, skips placeholders and resolves overlaps.
 */
interface Detector {

    /** Reports every stretch of {@code scan.text()} to mask to {@code found}. */
    void detect(Scan scan, Found found);

    /** Receives what a detector found. */
    interface Found {

        /** Masks {@code text[start, end)} as {@code kind}. */
        void add(int start, int end, PiiKind kind);
    }
}
