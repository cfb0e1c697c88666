package io.hirehub.edge.write;

/** The row a write refers to does not exist; nothing was written. */
public final class NotFoundException extends WriteException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(final String message) {
        super(message);
    }
}
