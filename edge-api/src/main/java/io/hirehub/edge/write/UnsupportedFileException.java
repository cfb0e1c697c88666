package io.hirehub.edge.write;

/** An uploaded file whose content is not a type the platform reads (or not the type its name says); a 415. */
public final class UnsupportedFileException extends WriteException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFileException(final String message) {
        super(message);
    }
}
