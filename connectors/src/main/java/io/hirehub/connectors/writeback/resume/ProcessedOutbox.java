package io.hirehub.connectors.writeback.resume;

import io.hirehub.avro.event.ResumeProcessed;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Appends the {@code resume.processed} row to {@code ai_service.ai_outbox} inside the caller's
 * transaction. The launcher implements it with the edge writers' outbox (one encoding of outbox
 * rows in the code base); the write-back only decides when.
 */
@FunctionalInterface
public interface ProcessedOutbox {

    /** The outbox table the row goes to. */
    String TABLE = "ai_service.ai_outbox";

    void append(Connection connection, ResumeProcessed event) throws SQLException;
}
