package io.hirehub.connectors.connect;

import io.hirehub.schemas.topics.DeadLetterHeaders;

/**
 * Header names on CDC records. Entity changelog records carry the source position so consumers can
 * drop the duplicates at-least-once delivery allows; dead letters carry why the row was rejected.
 * All values are UTF-8 strings.
 */
public final class CdcHeaders {

    /** The change's position in the WAL (pg LSN as a decimal number): higher is newer. */
    public static final String LSN = "lsn";
    /** {@code schema.table} the row came from. */
    public static final String TABLE = "table";
    /** Debezium operation: {@code r} (snapshot read), {@code c}, {@code u}, {@code d}. */
    public static final String OP = "op";
    /** The outbox row id on event records (set by Debezium's outbox event router). */
    public static final String EVENT_ID = "id";
    /** Dead letters: the exception class that rejected the row (the shared dead-letter vocabulary). */
    public static final String ERROR_CLASS = DeadLetterHeaders.ERROR_CLASS;
    /** Dead letters: the exception message (names the field). */
    public static final String ERROR_MESSAGE = DeadLetterHeaders.ERROR_MESSAGE;

    private CdcHeaders() {}
}
