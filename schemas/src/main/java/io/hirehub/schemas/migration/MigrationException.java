package io.hirehub.schemas.migration;

/** Migrating one service failed; the message names the service, its schema and database. */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HirehubService service;

    MigrationException(final HirehubService service, final String message, final Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** The service whose migration failed. */
    public HirehubService service() {
        return service;
    }
}
