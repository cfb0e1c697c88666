package io.hirehub.edge.resumes;

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
 * Reads resumes with their analysis state (resume-service rows and ai-service {@code ai_tasks}, each
 * from its own database), and a resume's owner (cached: it never changes).
 */
public final class ResumeRows {

    /** The owner and the original's location of a resume. */
    public record Original(UUID userId, String fileUrl, String fileName) {}

    private final DataSource resumes;
    private final String resumeSchema;
    private final DataSource ai;
    private final String aiSchema;
    private final ExpiringCache<UUID, UUID> owners = new ExpiringCache<>(100_000, Duration.ofHours(1));

    public ResumeRows(final DataSource resumes, final String resumeSchema, final DataSource ai, final String aiSchema) {
        this.resumes = Objects.requireNonNull(resumes, "resumes");
        this.resumeSchema = Objects.requireNonNull(resumeSchema, "resumeSchema");
        this.ai = Objects.requireNonNull(ai, "ai");
        this.aiSchema = Objects.requireNonNull(aiSchema, "aiSchema");
    }

    public Optional<UUID> ownerOf(final UUID resumeId) {
        return owners.get(resumeId, id -> original(id).map(Original::userId));
    }

    public Optional<Original> original(final UUID resumeId) {
        try (Connection connection = resumes.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT user_id, original_file_url,"
                        + " original_file_name FROM " + resumeSchema + ".resumes WHERE id = ?")) {
            select.setObject(1, resumeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Original(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read resume " + resumeId + ": " + e.getMessage(), e);
        }
    }

    public Optional<ResumeView> find(final UUID id) {
        final Optional<ResumeView> resume;
        try (Connection connection = resumes.getConnection()) {
            resume = find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read resume " + id + ": " + e.getMessage(), e);
        }
        if (resume.isEmpty()) {
            return resume;
        }
        final List<ResumeView.TaskView> tasks = tasks(id);
        final ResumeView r = resume.get();
        return Optional.of(new ResumeView(
                r.id(),
                r.userId(),
                r.title(),
                r.originalFileName(),
                r.fileType(),
                r.isPrimary(),
                r.status(),
                r.aiSummary(),
                r.skills(),
                r.experiencesCount(),
                r.educationsCount(),
                tasks,
                r.createdAt(),
                r.updatedAt()));
    }

    /** The resume-service part (no AI tasks) inside an open transaction. */
    public Optional<ResumeView> find(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.*, (SELECT count(*) FROM " + resumeSchema
                + ".resume_experiences e WHERE e.resume_id = r.id) AS experiences, (SELECT count(*) FROM "
                + resumeSchema + ".resume_educations d WHERE d.resume_id = r.id) AS educations FROM " + resumeSchema
                + ".resumes r WHERE r.id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResumeView(
                        Columns.uuid(row, "id"),
                        Columns.uuid(row, "user_id"),
                        row.getString("title"),
                        row.getString("original_file_name"),
                        row.getString("file_type"),
                        row.getBoolean("is_primary"),
                        row.getString("status"),
                        row.getString("ai_summary"),
                        skills(connection, id),
                        row.getInt("experiences"),
                        row.getInt("educations"),
                        List.of(),
                        Columns.instant(row, "created_at"),
                        Columns.instant(row, "updated_at")));
            }
        }
    }

    /** A user's resumes, newest first. */
    public List<UUID> idsOf(final UUID userId) {
        try (Connection connection = resumes.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM " + resumeSchema + ".resumes WHERE user_id = ? ORDER BY created_at DESC, id")) {
            select.setObject(1, userId);
            return Columns.firstUuids(select);
        } catch (SQLException e) {
            throw new StoreException("cannot list resumes: " + e.getMessage(), e);
        }
    }

    private List<ResumeView.SkillView> skills(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT skill_name, proficiency, years FROM "
                + resumeSchema + ".resume_skills WHERE resume_id = ? ORDER BY skill_name")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                final List<ResumeView.SkillView> out = new ArrayList<>();
                while (row.next()) {
                    out.add(new ResumeView.SkillView(
                            row.getString("skill_name"), row.getString("proficiency"), Columns.integer(row, "years")));
                }
                return out;
            }
        }
    }

    private List<ResumeView.TaskView> tasks(final UUID id) {
        try (Connection connection = ai.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT task_type, status, error_message,"
                        + " processing_time_ms, completed_at FROM " + aiSchema
                        + ".ai_tasks WHERE source_type = 'resume'"
                        + " AND source_id = ? ORDER BY created_at, task_type")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                final List<ResumeView.TaskView> out = new ArrayList<>();
                while (row.next()) {
                    out.add(new ResumeView.TaskView(
                            row.getString("task_type"),
                            row.getString("status"),
                            row.getString("error_message"),
                            Columns.integer(row, "processing_time_ms"),
                            Columns.instant(row, "completed_at")));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the AI tasks of resume " + id + ": " + e.getMessage(), e);
        }
    }
}
