package io.hirehub.topologies.resume.provider;

import java.util.Objects;

/**
 * The answer of a chat completion.
 *
 * @param content    the assistant text (reasoning blocks such as {@code <think>…</think>} removed)
 * @param model      the model that answered, for {@code ai_tasks.model_used}
 * @param tokensUsed total tokens reported by the server, 0 when it reports none
 */
public record ChatCompletion(String content, String model, int tokensUsed) {

    public ChatCompletion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(model, "model");
    }
}
