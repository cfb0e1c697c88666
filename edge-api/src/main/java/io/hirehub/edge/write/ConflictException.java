package io.hirehub.edge.write;

/** The write would break a uniqueness rule (an email, a business number or an id already taken); nothing was written. */
public final class ConflictException extends WriteException {

    private static final long serialVersionUID = 1L;

    public ConflictException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
