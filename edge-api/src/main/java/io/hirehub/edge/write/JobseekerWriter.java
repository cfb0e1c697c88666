package io.hirehub.edge.write;

import io.hirehub.avro.entity.UserType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/** user-service writes for jobseekers: the user (type jobseeker) and its profile in one transaction. */
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
