package io.hirehub.edge.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * user-service writes for signed-in identities: the {@code users} row of a token subject, inside the
 * caller's transaction. user-service emits none of the seed's topics: CDC publishes the changelog.
 */
public final class UserWriter {

    private final String schema;

    /** @param schema user-service schema ({@code user_service} by default) */
    public UserWriter(final String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Inserts the user; a taken subject or email is a {@link ConflictException} (through the transaction). */
    public UUID create(final Connection connection, final NewUser user) throws SQLException {
        final NewUser checked = Objects.requireNonNull(user, "user").validated();
        try (PreparedStatement insert = connection.prepareStatement(Users.insertSql(schema))) {
            Users.bind(insert, checked.id(), checked.subject(), checked.email(), checked.userType());
            insert.executeUpdate();
        }
        return checked.id();
    }
}
