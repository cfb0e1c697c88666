package io.hirehub.edge.auth;

/** A bearer token that is missing, malformed, expired, not ours or wrongly signed: a 401. */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(final String message) {
        super(message);
    }
}
