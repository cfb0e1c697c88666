package io.hirehub.topologies.embed;

import java.util.List;

/**
 * Turns texts into vectors for {@code resume_embeddings}/{@code job_embeddings} and for the
 * matching topology's similarity search. Callers pass masked text only. Implementations apply
 * their own timeouts and retries and throw
 * {@link io.hirehub.topologies.resume.provider.ProviderException} when a call finally fails.
 */
public interface EmbeddingProvider {

    /** One vector per text, in order, each of {@link #dimensions()} floats. */
    float[][] embed(List<String> texts);

    /** Vectors plus token usage for {@code ai_tasks.tokens_used}; providers that count tokens override this. */
    default Embeddings embedWithUsage(final List<String> texts) {
        return new Embeddings(embed(texts), 0);
    }

    /** Length of every vector. */
    int dimensions();

    /** Model identifier for {@code ai_tasks.model_used}. */
    String modelId();

    /** Vectors and the tokens their computation used (0 when not counted). */
    record Embeddings(float[][] vectors, int tokensUsed) {}
}
