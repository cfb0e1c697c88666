package io.hirehub.apps.resume;

import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.topologies.query.StoreUnavailableException;
import io.hirehub.topologies.resume.query.AnalysisStep;
import io.hirehub.topologies.resume.query.ResumeAnalysisQueries;
import io.hirehub.topologies.resume.query.ResumeAnalysisState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link ResumeAnalysisQueries} over the rows the resume write-back commits: the {@code resumes} row
 * and the resume's {@code ai_tasks} rows, read in one read-only transaction so status and steps agree.
 * A database that cannot be reached is a {@link StoreUnavailableException} (ask again), not an absent
 * resume.
 */
public final class JdbcResumeAnalysisQueries implements ResumeAnalysisQueries {

    private static final String RESUME = "SELECT user_id, status, updated_at FROM resume_service.resumes WHERE id = ?";
    private static final String STEPS = "SELECT task_type, status, model_used, error_message, processing_time_ms"
            + " FROM ai_service.ai_tasks WHERE source_type = 'resume' AND source_id = ?"
            + " ORDER BY created_at, id";

    private final DataSource database;

    /** Reads {@code resume_service} and {@code ai_service} of {@code database}, the schemas the write-back writes. */
    public JdbcResumeAnalysisQueries(final DataSource database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<ResumeAnalysisState> analysis(final String resumeId) {
        final UUID id;
        try {
            id = UUID.fromString(resumeId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (Connection c = database.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return read(c, id);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("resume_service.resumes", e);
        }
    }

    private static Optional<ResumeAnalysisState> read(final Connection c, final UUID id) throws SQLException {
        final String userId;
        final ResumeStatus status;
        final Timestamp updatedAt;
        try (PreparedStatement select = c.prepareStatement(RESUME)) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                userId = rs.getString(1);
                status = SeedValues.parse(ResumeStatus.class, "resumes.status", rs.getString(2), TextMatch.ANY_CASE);
                updatedAt = rs.getTimestamp(3);
            }
        }
        return Optional.of(new ResumeAnalysisState(
                id.toString(),
                userId,
                status,
                updatedAt == null ? null : updatedAt.toLocalDateTime().toInstant(ZoneOffset.UTC),
                steps(c, id)));
    }

    private static List<AnalysisStep> steps(final Connection c, final UUID id) throws SQLException {
        final List<AnalysisStep> steps = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(STEPS)) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    final int ms = rs.getInt(5);
                    final OptionalInt processingMs = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(ms);
                    steps.add(new AnalysisStep(
                            SeedValues.parse(
                                    AiTaskType.class, "ai_tasks.task_type", rs.getString(1), TextMatch.ANY_CASE),
                            SeedValues.parse(
                                    AiTaskStatus.class, "ai_tasks.status", rs.getString(2), TextMatch.ANY_CASE),
                            Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)),
                            processingMs));
                }
            }
        }
        return steps;
    }
}
