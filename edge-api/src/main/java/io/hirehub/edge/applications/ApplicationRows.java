package io.hirehub.edge.applications;

import io.hirehub.edge.applications.ApplicationViews.ApplicationView;
import io.hirehub.edge.applications.ApplicationViews.InterviewView;
import io.hirehub.edge.write.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads of apply-service's rows: applications, interviews. */
public final class ApplicationRows {

    private static final String COLUMNS =
            "id, job_id, user_id, resume_id, cover_letter, status, match_score, applied_at, updated_at";

    private final DataSource apply;
    private final String schema;

    public ApplicationRows(final DataSource apply, final String schema) {
        this.apply = Objects.requireNonNull(apply, "apply");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public Optional<ApplicationView> find(final UUID id) {
        return query("reading application " + id, c -> find(c, id));
    }

    public Optional<ApplicationView> find(final Connection c, final UUID id) throws SQLException {
        final List<ApplicationView> rows = select(c, "WHERE id = ?", id, false);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The row locked for an update in the caller's transaction. */
    public Optional<ApplicationView> lock(final Connection c, final UUID id) throws SQLException {
        final List<ApplicationView> rows = select(c, "WHERE id = ?", id, true);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A user's applications, newest first. */
    public List<ApplicationView> ofUser(final UUID userId, final int limit) {
        return query(
                "listing applications",
                c -> select(c, "WHERE user_id = ? ORDER BY applied_at DESC, id LIMIT " + limit, userId, false));
    }

    /** A job's applications, newest first. */
    public List<ApplicationView> ofJob(final UUID jobId, final int limit) {
        return query(
                "listing applications",
                c -> select(c, "WHERE job_id = ? ORDER BY applied_at DESC, id LIMIT " + limit, jobId, false));
    }

    /** The jobs a resume was sent to (who may now download it). */
    public List<UUID> jobsAppliedWith(final UUID resumeId) {
        return query("reading applications of a resume", c -> {
            final List<UUID> out = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT job_id FROM " + schema + ".applications WHERE resume_id = ?")) {
                s.setObject(1, resumeId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getObject(1, UUID.class));
                    }
                }
            }
            return out;
        });
    }

    public List<InterviewView> interviews(final Connection c, final UUID applicationId) throws SQLException {
        final List<InterviewView> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, application_id, interview_type, scheduled_at,"
                + " duration_minutes, location, status FROM " + schema
                + ".interviews WHERE application_id = ? ORDER BY scheduled_at, id")) {
            s.setObject(1, applicationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new InterviewView(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            r.getString(3),
                            instant(r.getTimestamp(4)),
                            (Integer) r.getObject(5),
                            r.getString(6),
                            r.getString(7)));
                }
            }
        }
        return out;
    }

    private List<ApplicationView> select(final Connection c, final String where, final UUID id, final boolean lock)
            throws SQLException {
        final List<ApplicationView> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + schema + ".applications " + where + (lock ? " FOR UPDATE" : ""))) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new ApplicationView(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            r.getObject(3, UUID.class),
                            r.getObject(4, UUID.class),
                            r.getString(5),
                            r.getString(6),
                            r.getBigDecimal(7),
                            instant(r.getTimestamp(8)),
                            instant(r.getTimestamp(9))));
                }
            }
        }
        return out;
    }

    static Instant instant(final Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(final String what, final Read<T> read) {
        try (Connection c = apply.getConnection()) {
            return read.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }
}
