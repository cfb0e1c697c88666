package io.hirehub.edge.users;

import io.hirehub.edge.db.Columns;
import io.hirehub.edge.write.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads {@code users} rows for the user routes. */
public final class UserRows {

    private final DataSource users;
    private final String schema;

    public UserRows(final DataSource users, final String schema) {
        this.users = Objects.requireNonNull(users, "users");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public Optional<UserView> find(final UUID id) {
        try (Connection connection = users.getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read user " + id + ": " + e.getMessage(), e);
        }
    }

    /** The same inside an open transaction (to answer a write with what it wrote). */
    public Optional<UserView> find(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT u.id, u.email, u.user_type, u.status,"
                + " ARRAY(SELECT m.company_id FROM " + schema + ".company_members m WHERE m.user_id = u.id"
                + " ORDER BY m.created_at, m.company_id), u.created_at FROM " + schema + ".users u WHERE u.id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UserView(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        Columns.uuids(row.getArray(5)),
                        Columns.instant(row.getTimestamp(6))));
            }
        }
    }
}
