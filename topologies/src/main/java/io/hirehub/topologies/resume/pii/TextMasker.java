package io.hirehub.topologies.resume.pii;

import java.util.Optional;

/** Removes personal data from raw text; {@link PiiMasker} is the rule-based implementation. */
public interface TextMasker {

    /** Masks {@code text}; {@code accountName} is the account holder's name when known. */
    MaskingResult mask(String text, Optional<String> accountName);
}
