package io.hirehub.launcher.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Which ids of a batch one table already holds. A generated data set has the same ids on every
 * run of the same seed, so a load that a crash interrupted goes on by skipping what committed.
 */
final class LoadedIds {

    private final DataSource pool;
    private final String schema;

    LoadedIds(final DataSource pool, final String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    /** The ids among {@code ids} that {@code table}'s {@code id} column holds. */
    Set<UUID> among(final String table, final Collection<UUID> ids) {
        final Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = pool.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT id FROM " + schema + "." + table + " WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading which " + table + " rows are already loaded failed", e);
        }
    }
}
