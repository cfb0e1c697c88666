package io.hirehub.launcher.match;

import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.topology.MatchLocator;
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
 * {@link MatchLocator} over the {@code matches} table of the match service: one indexed read by
 * primary key per feedback label. One connection, opened on first use and reopened after a
 * failure; calls are serialised (stream threads share it, and feedback is rare).
 */
final class JdbcMatchLocator implements MatchLocator, AutoCloseable {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Endpoints.Jdbc jdbc;
    private final String query;
    private Connection connection;

    JdbcMatchLocator(final Endpoints.Jdbc jdbc, final String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.jdbc = jdbc;
        this.query = "SELECT job_id, resume_id FROM " + schema + ".matches WHERE id = ?";
    }

    @Override
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
            props.setProperty("user", jdbc.user());
            props.setProperty("password", jdbc.password());
            connection = DriverManager.getConnection(jdbc.url(), props);
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
