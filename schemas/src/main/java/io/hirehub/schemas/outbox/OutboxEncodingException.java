package io.hirehub.schemas.outbox;

/** An event could not be encoded (the schema registry refused or failed); nothing was appended. */
public final class OutboxEncodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutboxEncodingException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
