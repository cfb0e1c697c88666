package io.hirehub.edge.write;

import io.hirehub.avro.entity.UserType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * user-service writes for jobseekers: the user (type jobseeker) and its profile in one transaction
 * (seed, import), or a profile for an existing jobseeker and changes to it inside the caller's
 * transaction (the HTTP edge). No outbox row: user-service emits none of the seed's topics.
 */
public final class JobseekerWriter {

    private final Transactions transactions;
    private final String schema;

    /**
     * @param dataSource user-service database
     * @param schema     user-service schema ({@code user_service} by default)
     */
    public JobseekerWriter(final DataSource dataSource, final String schema) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Creates one jobseeker; returns the user id. */
    public UUID create(final NewJobseeker jobseeker) {
        return createAll(List.of(jobseeker)).get(0);
    }

    /** Creates the jobseekers in one transaction (all or nothing); returns their user ids in order. */
    public List<UUID> createAll(final List<NewJobseeker> jobseekers) {
        final List<NewJobseeker> checked = new ArrayList<>(jobseekers.size());
        for (int i = 0; i < jobseekers.size(); i++) {
            try {
                checked.add(
                        Objects.requireNonNull(jobseekers.get(i), "jobseeker").validated());
            } catch (InvalidFieldException e) {
                throw jobseekers.size() == 1 ? e : e.under("jobseekers[" + i + "]");
            }
        }
        return transactions.inTransaction("creating " + checked.size() + " jobseeker(s)", connection -> {
            insert(connection, checked);
            return checked.stream().map(NewJobseeker::userId).toList();
        });
    }

    /**
     * Creates the profile of an existing jobseeker user inside the caller's transaction; a user that
     * is not a jobseeker, or already has a profile, is refused. Returns the profile id.
     */
    public UUID createProfile(final Connection connection, final UUID userId, final ProfileFields fields)
            throws SQLException {
        final ProfileFields checked = Objects.requireNonNull(fields, "fields").validated();
        try (PreparedStatement user =
                connection.prepareStatement("SELECT user_type FROM " + schema + ".users WHERE id = ? FOR UPDATE")) {
            user.setObject(1, userId);
            try (ResultSet row = user.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("user " + userId + " does not exist");
                }
                if (!"jobseeker".equals(row.getString(1))) {
                    throw new InvalidFieldException("user_id", "is not a jobseeker (a " + row.getString(1) + " user)");
                }
            }
        }
        if (profileOf(connection, userId).isPresent()) {
            throw new ConflictException("user " + userId + " already has a jobseeker profile", null);
        }
        final UUID id = UUID.randomUUID();
        try (PreparedStatement profile = connection.prepareStatement("INSERT INTO " + schema + ".jobseeker_profiles"
                + " (id, user_id, name, phone, experience_years, desired_position, desired_salary_min,"
                + " desired_salary_max, skills) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            profile.setObject(1, id);
            profile.setObject(2, userId);
            profile.setString(3, checked.name());
            profile.setString(4, checked.phone());
            Rows.setInt(profile, 5, checked.experienceYears());
            profile.setString(6, checked.desiredPosition());
            Rows.setInt(profile, 7, checked.desiredSalaryMin());
            Rows.setInt(profile, 8, checked.desiredSalaryMax());
            profile.setArray(
                    9,
                    connection.createArrayOf(
                            "text", (checked.skills() == null ? List.<String>of() : checked.skills()).toArray()));
            profile.executeUpdate();
        }
        return id;
    }

    /**
     * Changes the given columns of a profile inside the caller's transaction (the salary range is
     * checked against the stored values); returns the columns that changed.
     */
    public List<String> updateProfile(final Connection connection, final UUID profileId, final ProfileFields changes)
            throws SQLException {
        final Map<String, Object> requested =
                Objects.requireNonNull(changes, "changes").columns();
        final Map<String, Object> current = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name, phone, experience_years,"
                + " desired_position, desired_salary_min, desired_salary_max, skills FROM " + schema
                + ".jobseeker_profiles WHERE id = ? FOR UPDATE")) {
            select.setObject(1, profileId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("jobseeker profile " + profileId + " does not exist");
                }
                for (int i = 1; i <= 6; i++) {
                    current.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                final Array skills = row.getArray(7);
                current.put("skills", skills == null ? null : List.of((Object[]) skills.getArray()));
            }
        }
        Fields.ordered(
                "desired_salary_min",
                (Integer) requested.getOrDefault("desired_salary_min", current.get("desired_salary_min")),
                "desired_salary_max",
                (Integer) requested.getOrDefault("desired_salary_max", current.get("desired_salary_max")));
        final List<String> changed = new ArrayList<>();
        requested.forEach((column, value) -> {
            if (!Objects.equals(value, current.get(column))) {
                changed.add(column);
            }
        });
        if (changed.isEmpty()) {
            return List.of();
        }
        final StringBuilder sql = new StringBuilder("UPDATE " + schema + ".jobseeker_profiles SET ");
        for (final String column : changed) {
            sql.append(column).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (final String column : changed) {
                final Object value = requested.get(column);
                if (value instanceof List<?> list) {
                    update.setArray(index++, connection.createArrayOf("text", list.toArray()));
                } else {
                    update.setObject(index++, value);
                }
            }
            update.setTimestamp(index++, Rows.timestamp(Instant.now()));
            update.setObject(index, profileId);
            update.executeUpdate();
        }
        return List.copyOf(changed);
    }

    private Optional<UUID> profileOf(final Connection connection, final UUID userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM " + schema + ".jobseeker_profiles WHERE user_id = ? LIMIT 1")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private void insert(final Connection connection, final List<NewJobseeker> jobseekers) throws SQLException {
        try (PreparedStatement user = connection.prepareStatement(Users.insertSql(schema));
                PreparedStatement profile = connection.prepareStatement("INSERT INTO " + schema + ".jobseeker_profiles"
                        + " (id, user_id, name, phone, experience_years, desired_position, desired_salary_min,"
                        + " desired_salary_max, skills) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (final NewJobseeker j : jobseekers) {
                Users.bind(user, j.userId(), j.email(), UserType.JOBSEEKER);
                user.addBatch();
                profile.setObject(1, j.profileId());
                profile.setObject(2, j.userId());
                profile.setString(3, j.name());
                profile.setString(4, j.phone());
                Rows.setInt(profile, 5, j.experienceYears());
                profile.setString(6, j.desiredPosition());
                Rows.setInt(profile, 7, j.desiredSalaryMin());
                Rows.setInt(profile, 8, j.desiredSalaryMax());
                final Array skills = connection.createArrayOf("text", j.skills().toArray());
                profile.setArray(9, skills);
                profile.addBatch();
            }
            user.executeBatch();
            profile.executeBatch();
        }
    }
}
