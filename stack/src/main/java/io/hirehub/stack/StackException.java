package io.hirehub.stack;

/** The embedded stack could not start or stop; the message is fit to show a user as one line. */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(final String message) {
        super(message);
    }

    public StackException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
