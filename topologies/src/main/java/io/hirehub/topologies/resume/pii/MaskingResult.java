package io.hirehub.topologies.resume.pii;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** {@code {"masked_text": "...", "masked_fields": {...}}}, the output of {@code hirehub pii mask}. */
    public ObjectNode toJson() {
        final ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("masked_text", maskedText);
        root.set("masked_fields", maskedFields.toJson());
        return root;
    }
}
