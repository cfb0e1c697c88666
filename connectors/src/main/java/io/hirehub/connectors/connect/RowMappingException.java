package io.hirehub.connectors.connect;

/**
 * A captured row that cannot become its Avro entity record (missing required column, value out of
 * an enum, wrong type). The row goes to the CDC dead-letter topic; the engine keeps going.
 */
public final class RowMappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RowMappingException(final String message) {
        super(message);
    }

    public RowMappingException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
