package io.hirehub.registry;

/**
 * The registry could not start (port busy, Kafka unreachable, log unreadable). The message says
 * what to fix; callers print it instead of a stack trace.
 */
public final class RegistryStartException extends RuntimeException {

    public RegistryStartException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
