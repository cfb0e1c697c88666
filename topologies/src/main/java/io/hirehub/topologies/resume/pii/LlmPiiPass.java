package io.hirehub.topologies.resume.pii;

/**
 * An optional second masking pass by a language model, run after the rules. It receives
 * ALREADY rule-masked text only and may replace remaining personal data with the same
 * placeholders.
 */
public interface LlmPiiPass {

    /** The pass's result: the text, what it additionally masked, and usage for {@code ai_tasks}. */
    record Outcome(String maskedText, MaskedFields addedFields, String model, int tokensUsed) {}

    /**
     * Masks what the rules missed in {@code ruleMaskedText}.
     *
     * @throws io.hirehub.topologies.resume.provider.ProviderException when the provider fails or
     *                                                                answers something unusable
     */
    Outcome mask(String ruleMaskedText);
}
