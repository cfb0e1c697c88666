package io.hirehub.edge.write;

import io.hirehub.avro.entity.UserType;
import io.hirehub.schemas.values.SeedValues;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The {@code users} row behind a jobseeker or a company member. Accounts created here have no
 * Cognito user yet, so {@code cognito_sub} (unique, not null) holds a local placeholder derived
 * from the id; the auth edge replaces it when the user first signs in.
 */
final class Users {

    static final String LOCAL_SUB_PREFIX = "local:";

    private Users() {}

    static String insertSql(final String schema) {
        return "INSERT INTO " + schema
                + ".users (id, cognito_sub, email, user_type, status) VALUES (?, ?, ?, ?, 'active')";
    }

    static void bind(final PreparedStatement user, final UUID id, final String email, final UserType type)
            throws SQLException {
        bind(user, id, LOCAL_SUB_PREFIX + id, email, type);
    }

    static void bind(
            final PreparedStatement user, final UUID id, final String subject, final String email, final UserType type)
            throws SQLException {
        user.setObject(1, id);
        user.setString(2, subject);
        user.setString(3, email);
        user.setString(4, SeedValues.sql(type));
    }
}
