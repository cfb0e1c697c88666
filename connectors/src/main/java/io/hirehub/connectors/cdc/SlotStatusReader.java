package io.hirehub.connectors.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the slot's state from {@code pg_replication_slots} and the leader from {@code pg_locks}.
 * Opens a short connection per call: it runs every few seconds at most.
 */
public final class SlotStatusReader {

    private static final String SLOT_SQL = """
            SELECT active,
                   COALESCE(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), 0)::bigint,
                   COALESCE(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn), 0)::bigint
              FROM pg_replication_slots WHERE slot_name = ?""";
    private static final String LEADER_SQL = """
            SELECT a.application_name || ' (pid ' || l.pid || ')'
              FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
               AND l.classid = ?::int4::oid AND l.objid = hashtext(?)::oid""";

    private final CdcSettings settings;

    public SlotStatusReader(final CdcSettings settings) {
        this.settings = settings;
    }

    public SlotStatus read() throws SQLException {
        final Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        props.setProperty("ApplicationName", "hirehub-cdc-status");
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), props)) {
            final Optional<String> leader = leader(c);
            try (PreparedStatement st = c.prepareStatement(SLOT_SQL)) {
                st.setString(1, settings.slotName());
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return SlotStatus.missing(settings.slotName(), leader);
                    }
                    return new SlotStatus(
                            settings.slotName(), true, rs.getBoolean(1), rs.getLong(2), rs.getLong(3), leader);
                }
            }
        }
    }

    private Optional<String> leader(final Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(LEADER_SQL)) {
            st.setInt(1, LeaderLock.LOCK_CLASS);
            st.setString(2, settings.slotName());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
