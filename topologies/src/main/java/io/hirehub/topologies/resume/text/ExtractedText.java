package io.hirehub.topologies.resume.text;

import java.util.Objects;

/**
 * Text extracted from a resume file. Holds RAW personal data: it must go to the PII masker and
 * nowhere else (no logging, no {@code toString} with content).
 */
public record ExtractedText(DocumentType type, String text) {

    public ExtractedText {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "ExtractedText[type=" + type + ", chars=" + text.length() + "]";
    }
}
