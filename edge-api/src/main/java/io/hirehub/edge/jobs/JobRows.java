package io.hirehub.edge.jobs;

import io.hirehub.edge.db.Columns;
import io.hirehub.edge.db.ExpiringCache;
import io.hirehub.edge.write.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads {@code jobs} rows with their skills, and a job's company (cached: a job never changes
 * company, so authorising a read of its matches costs no query after the first).
 */
public final class JobRows {

    private final DataSource jobs;
    private final String schema;
    private final ExpiringCache<UUID, UUID> companies = new ExpiringCache<>(100_000, Duration.ofHours(1));

    public JobRows(final DataSource jobs, final String schema) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The company of a job, if the job exists. */
    public Optional<UUID> companyOf(final UUID jobId) {
        return companies.get(jobId, id -> {
            try (Connection connection = jobs.getConnection();
                    PreparedStatement select =
                            connection.prepareStatement("SELECT company_id FROM " + schema + ".jobs WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read job " + id + ": " + e.getMessage(), e);
            }
        });
    }

    public Optional<JobView> find(final UUID id) {
        try (Connection connection = jobs.getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read job " + id + ": " + e.getMessage(), e);
        }
    }

    public Optional<JobView> find(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + schema + ".jobs WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                final List<JobView.SkillView> required = new ArrayList<>();
                final List<JobView.SkillView> preferred = new ArrayList<>();
                skills(connection, id, required, preferred);
                return Optional.of(new JobView(
                        Columns.uuid(row, "id"),
                        Columns.uuid(row, "company_id"),
                        row.getString("title"),
                        row.getString("description"),
                        row.getString("requirements"),
                        row.getString("job_type"),
                        row.getString("experience_level"),
                        Columns.integer(row, "experience_min"),
                        Columns.integer(row, "experience_max"),
                        Columns.integer(row, "salary_min"),
                        Columns.integer(row, "salary_max"),
                        row.getString("location"),
                        row.getString("remote_type"),
                        row.getString("status"),
                        Columns.integer(row, "views_count"),
                        Columns.integer(row, "applies_count"),
                        Columns.instant(row, "posted_at"),
                        Columns.instant(row, "expires_at"),
                        List.copyOf(required),
                        List.copyOf(preferred),
                        Columns.instant(row, "created_at"),
                        Columns.instant(row, "updated_at")));
            }
        }
    }

    private void skills(
            final Connection connection,
            final UUID jobId,
            final List<JobView.SkillView> required,
            final List<JobView.SkillView> preferred)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT t.id, t.name, t.category, s.is_required"
                + " FROM " + schema + ".job_skills s JOIN " + schema + ".skill_tags t ON t.id = s.skill_id"
                + " WHERE s.job_id = ? ORDER BY t.name")) {
            select.setObject(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    final JobView.SkillView skill = new JobView.SkillView(
                            Columns.uuid(row, "id"), row.getString("name"), row.getString("category"));
                    (row.getBoolean("is_required") ? required : preferred).add(skill);
                }
            }
        }
    }
}
