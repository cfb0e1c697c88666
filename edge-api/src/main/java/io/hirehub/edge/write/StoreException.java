package io.hirehub.edge.write;

/** PostgreSQL, the object store or the schema registry failed; the transaction was rolled back. */
public final class StoreException extends WriteException {

    private static final long serialVersionUID = 1L;

    public StoreException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
