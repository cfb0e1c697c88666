package io.hirehub.topologies.resume.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of an OpenAI-compatible chat completions endpoint (e.g. Qwen3 served by vLLM).
 *
 * @param baseUrl        the API root including the version, e.g. {@code http://qwen:8000/v1};
 *                       requests go to {@code baseUrl + "/chat/completions"}
 * @param model          the model name sent in the request and recorded in {@code ai_tasks.model_used}
 * @param apiKey         bearer token, if the server wants one (never logged)
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout timeout for one whole request/response
 * @param retry          retry policy for timeouts, 429 and 5xx
 * @param maxTokens      {@code max_tokens} of the completion
 */
public record OpenAiCompatibleSettings(
        URI baseUrl,
        String model,
        Optional<String> apiKey,
        Duration connectTimeout,
        Duration requestTimeout,
        RetrySettings retry,
        int maxTokens) {

    public OpenAiCompatibleSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(retry, "retry");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("llm.base.url must be http(s), was " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("llm.model must not be blank");
        }
        requirePositive("llm.connect.timeout", connectTimeout);
        requirePositive("llm.request.timeout", requestTimeout);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("llm.max.tokens must be positive, was " + maxTokens);
        }
    }

    /** Defaults for a local server: 5 s connect, 60 s request, default retries, 2048 tokens. */
    public static OpenAiCompatibleSettings of(final URI baseUrl, final String model) {
        return new OpenAiCompatibleSettings(
                baseUrl,
                model,
                Optional.empty(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                RetrySettings.DEFAULT,
                2048);
    }

    /** The chat completions URI. */
    public URI chatCompletionsUri() {
        final String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/chat/completions");
    }

    @Override
    public String toString() {
        // The key must never reach logs.
        return "OpenAiCompatibleSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "***" : "none") + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", retry=" + retry + ", maxTokens=" + maxTokens + "]";
    }

    static void requirePositive(final String key, final Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration, was " + value);
        }
    }
}
