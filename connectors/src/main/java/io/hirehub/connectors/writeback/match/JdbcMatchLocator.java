package io.hirehub.connectors.writeback.match;

import io.hirehub.schemas.keys.PairKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds a {@code matches} row's pair in the table {@link MatchWriteBack} writes: one indexed read by
 * primary key per feedback label (matching's {@code MatchLocator} port). One connection, opened on
 * first use and reopened after a failure; calls are serialised (stream threads share it, and feedback
 * is rare).
 */
public final class JdbcMatchLocator implements AutoCloseable {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String query;
    private Connection connection;

    /** Reads {@code schema.matches} at {@code jdbcUrl}; connects on first use. */
    public JdbcMatchLocator(final String jdbcUrl, final String user, final String password, final String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.query = "SELECT job_id, resume_id FROM " + schema + ".matches WHERE id = ?";
    }

    /**
     * The pair of the matches row {@code matchId}; empty when there is no such row (or the id is not a
     * UUID). Throws when the lookup itself fails, so the caller retries rather than skips.
     */
    public synchronized Optional<PairKey> pairOf(final String matchId) {
        final UUID id;
        try {
            id = UUID.fromString(matchId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection().prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new PairKey(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("matches lookup of " + matchId + " failed: " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            final Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            connection = DriverManager.getConnection(jdbcUrl, props);
            connection.setReadOnly(true);
        }
        return connection;
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is being discarded after a failure anyway
        } finally {
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
