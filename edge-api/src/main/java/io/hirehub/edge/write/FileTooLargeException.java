package io.hirehub.edge.write;

/** An uploaded file over the size limit; a 413. */
public final class FileTooLargeException extends WriteException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(final String message) {
        super(message);
    }
}
