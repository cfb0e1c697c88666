package io.hirehub.apps.match;

/**
 * Matching was configured to embed jobs with another model, or at another size, than the resumes in
 * the database were embedded with: a configuration to fix, not a failure to retry.
 */
public final class EmbeddingMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    EmbeddingMismatchException(final String message) {
        super(message);
    }
}
