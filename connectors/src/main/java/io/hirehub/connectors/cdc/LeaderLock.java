package io.hirehub.connectors.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leadership of one replication slot across runner instances: a session-level PostgreSQL advisory
 * lock held on a dedicated connection. The lock dies with the session, so when the leader's process
 * dies PostgreSQL releases it and a standby's next {@link #tryAcquire()} wins.
 *
 * <p>Not thread-safe; the runner's supervisor thread is its only user.
 */
public final class LeaderLock implements AutoCloseable {

    /** Both lock key halves: a fixed class id and the slot name's hash, so other advisory locks never clash. */
    static final int LOCK_CLASS = 0x48484344; // "HHCD"

    private static final Logger LOG = LoggerFactory.getLogger(LeaderLock.class);

    private final CdcSettings settings;
    private Connection connection;
    private boolean held;
    private SQLException lastFailure;

    public LeaderLock(final CdcSettings settings) {
        this.settings = settings;
    }

    /** Tries once; true if this instance now holds (or already held) the lock. */
    public boolean tryAcquire() {
        if (held && isHeld()) {
            return true;
        }
        lastFailure = null;
        try {
            ensureConnection();
            try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
                st.setInt(1, LOCK_CLASS);
                st.setString(2, settings.slotName());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    held = rs.getBoolean(1);
                }
            }
        } catch (final SQLException e) {
            LOG.warn("leader lock for slot {} not reachable: {}", settings.slotName(), e.getMessage());
            lastFailure = e;
            closeQuietly();
        }
        return held;
    }

    /** Why the last {@link #tryAcquire()} could not ask PostgreSQL at all (empty when it asked). */
    public Optional<SQLException> unreachable() {
        return Optional.ofNullable(lastFailure);
    }

    /** Whether the lock's session is still alive (a broken connection means the lock is gone). */
    public boolean isHeld() {
        if (!held || connection == null) {
            return false;
        }
        try {
            if (connection.isValid(5)) {
                return true;
            }
        } catch (final SQLException e) {
            LOG.warn("leader lock connection for slot {} failed: {}", settings.slotName(), e.getMessage());
        }
        closeQuietly();
        return false;
    }

    private void ensureConnection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            final Properties props = new Properties();
            props.setProperty("user", settings.user());
            props.setProperty("password", settings.password());
            props.setProperty("ApplicationName", "hirehub-cdc-leader:" + settings.slotName());
            // Short socket timeout so a dead server is noticed within the takeover budget.
            props.setProperty("connectTimeout", "5");
            props.setProperty("tcpKeepAlive", "true");
            connection = DriverManager.getConnection(settings.jdbcUrl(), props);
            connection.setAutoCommit(true);
        }
    }

    private void closeQuietly() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (final SQLException e) {
                LOG.debug("closing leader lock connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    /** Releases the lock by ending its session. */
    @Override
    public void close() {
        closeQuietly();
    }
}
