package io.hirehub.topologies.resume.pipeline;

/**
 * The object store did not answer after its retries: a transient condition, so the record is not
 * answered with an error; the exception aborts the transaction and the record is processed again.
 */
public final class ObjectStoreUnavailableException extends RuntimeException {

    public ObjectStoreUnavailableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
