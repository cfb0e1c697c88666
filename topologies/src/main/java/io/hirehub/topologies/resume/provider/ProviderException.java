package io.hirehub.topologies.resume.provider;

/**
 * A call to an external provider (LLM, embeddings) failed, after retries where allowed.
 *
 * <p>Messages name the provider, the attempt and the HTTP status or error class; they never carry
 * the request text or the response body, which may hold resume content.
 */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final boolean retryable;
    private final int attempts;

    public ProviderException(
            final String provider,
            final String message,
            final boolean retryable,
            final int attempts,
            final Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
        this.retryable = retryable;
        this.attempts = attempts;
    }

    public ProviderException(final String provider, final String message, final boolean retryable) {
        this(provider, message, retryable, 1, null);
    }

    /** The provider's short name, e.g. {@code openai-compatible} or {@code bedrock}. */
    public String provider() {
        return provider;
    }

    /** Whether another attempt could succeed (timeouts, 429, 5xx, connection errors). */
    public boolean retryable() {
        return retryable;
    }

    /** Attempts made before giving up. */
    public int attempts() {
        return attempts;
    }

    /** The same failure, recording how many attempts were made. */
    public ProviderException afterAttempts(final int made) {
        final ProviderException copy =
                new ProviderException(provider, messageWithoutProvider(), retryable, made, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    private String messageWithoutProvider() {
        final String message = getMessage();
        return message.startsWith(provider + ": ") ? message.substring(provider.length() + 2) : message;
    }
}
