package io.hirehub.topologies.resume.text;

/**
 * Limits for text extraction.
 *
 * @param maxFileBytes  files larger than this are rejected before parsing ({@code resume.max.file.bytes})
 * @param minTextChars  fewer letters or digits than this after extraction counts as empty text
 *                      (image-only PDFs yield nothing or a few stray characters)
 */
public record ExtractionSettings(long maxFileBytes, int minTextChars) {

    /** 10 MiB, at least 20 letters/digits. */
    public static final ExtractionSettings DEFAULT = new ExtractionSettings(10L * 1024 * 1024, 20);

    public ExtractionSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("resume.max.file.bytes must be positive, was " + maxFileBytes);
        }
        if (minTextChars < 1) {
            throw new IllegalArgumentException("resume.min.text.chars must be positive, was " + minTextChars);
        }
    }
}
