package io.hirehub.edge.write;

/**
 * Base of the system-of-record writers' errors. The HTTP edge maps each subclass once to a
 * problem+json response; the CLI prints its message.
 */
public abstract class WriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected WriteException(final String message) {
        super(message);
    }

    protected WriteException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
