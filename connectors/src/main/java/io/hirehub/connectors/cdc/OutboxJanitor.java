package io.hirehub.connectors.cdc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes outbox rows once their events are acknowledged by Kafka, so outboxes do not pile up.
 * Chosen over making every writer insert-and-delete in its transaction because it also cleans rows
 * that reach us through the initial snapshot and it asks nothing of the writers; a writer that does
 * insert-and-delete costs us a no-op. The DELETEs come back through the slot as delete events, which
 * the outbox event router ignores. A failed cleanup is logged and retried with the next batch's ids
 * only: losing it leaves rows behind, never loses or repeats an event.
 */
final class OutboxJanitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxJanitor.class);

    private final CdcSettings settings;
    private Connection connection;

    OutboxJanitor(final CdcSettings settings) {
        this.settings = settings;
    }

    /** Deletes the acknowledged outbox row ids from every outbox table; returns rows removed. */
    int delete(final Collection<String> ids) {
        if (ids.isEmpty() || settings.outboxTables().isEmpty()) {
            return 0;
        }
        int removed = 0;
        try {
            ensureConnection();
            final Array array = connection.createArrayOf("uuid", ids.toArray());
            for (final String table : settings.outboxTables()) {
                try (PreparedStatement st =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE id = ANY(?)")) {
                    st.setArray(1, array);
                    removed += st.executeUpdate();
                }
            }
        } catch (final SQLException e) {
            LOG.warn(
                    "outbox cleanup of {} rows failed, they stay until removed by hand: {}",
                    ids.size(),
                    e.getMessage());
            close();
        }
        return removed;
    }

    private void ensureConnection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            final Properties props = new Properties();
            props.setProperty("user", settings.user());
            props.setProperty("password", settings.password());
            props.setProperty("ApplicationName", "hirehub-cdc-outbox-janitor");
            connection = DriverManager.getConnection(settings.jdbcUrl(), props);
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (final SQLException e) {
                LOG.debug("closing janitor connection: {}", e.getMessage());
            }
            connection = null;
        }
    }
}
