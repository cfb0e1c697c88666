package io.hirehub.topologies.resume.pii;

import java.util.Objects;

/**
 * The output of masking: text safe to hand to every later step and provider, and the log of what
 * was removed.
 */
public record MaskingResult(String maskedText, MaskedFields maskedFields) {

    public MaskingResult {
        Objects.requireNonNull(maskedText, "maskedText");
        Objects.requireNonNull(maskedFields, "maskedFields");
    }
}
