package io.hirehub.edge.jobseekers;

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

/** Reads {@code jobseeker_profiles} rows. */
public final class ProfileRows {

    private final DataSource users;
    private final String schema;

    public ProfileRows(final DataSource users, final String schema) {
        this.users = Objects.requireNonNull(users, "users");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public Optional<ProfileView> find(final UUID id) {
        try (Connection connection = users.getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read jobseeker profile " + id + ": " + e.getMessage(), e);
        }
    }

    public Optional<ProfileView> find(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, user_id, name, phone, experience_years,"
                + " desired_position, desired_salary_min, desired_salary_max, skills, created_at, updated_at FROM "
                + schema + ".jobseeker_profiles WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ProfileView(
                        Columns.uuid(row, "id"),
                        Columns.uuid(row, "user_id"),
                        row.getString("name"),
                        row.getString("phone"),
                        Columns.integer(row, "experience_years"),
                        row.getString("desired_position"),
                        Columns.integer(row, "desired_salary_min"),
                        Columns.integer(row, "desired_salary_max"),
                        Columns.strings(row.getArray("skills")),
                        Columns.instant(row, "created_at"),
                        Columns.instant(row, "updated_at")));
            }
        }
    }
}
