package io.hirehub.topologies.resume.summary;

import java.util.Objects;

/**
 * A resume summary for {@code resumes.ai_summary}, with what made it for {@code ai_tasks}.
 *
 * @param text       the summary
 * @param model      {@code ai_tasks.model_used}
 * @param tokensUsed {@code ai_tasks.tokens_used}, 0 for the extractive summariser
 */
public record Summary(String text, String model, int tokensUsed) {

    public Summary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
    }
}
