package io.hirehub.edge.write;

import io.hirehub.schemas.outbox.OutboxEncodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs work in one PostgreSQL transaction: commit on success, roll back on any failure, and map
 * SQL errors to the writers' exceptions (a unique violation is a {@link ConflictException}; an outbox
 * event the registry would not encode is a {@link StoreException}).
 */
public final class Transactions {

    /** Unique violation (23505) and foreign-key violation (23503). */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Work inside an open transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Transactions(final DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public <T> T inTransaction(final String what, final Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            final boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                final T result = work.run(connection);
                connection.commit();
                return result;
            } catch (OutboxEncodingException e) {
                rollback(connection, e);
                throw new StoreException(e.getMessage(), e);
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    static WriteException translate(final String what, final SQLException e) {
        // A failed JDBC batch carries the server's error as the next exception.
        final SQLException root = e.getNextException() != null ? e.getNextException() : e;
        final String state = root.getSQLState();
        if (UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)) {
            return new ConflictException(what + " refused: " + firstLine(root.getMessage()), e);
        }
        return new StoreException(what + " failed: " + firstLine(root.getMessage()), e);
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "(no message)";
        }
        final int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void rollback(final Connection connection, final Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
