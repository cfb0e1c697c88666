package io.hirehub.connectors.writeback.resume;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.PiiMaskingLog;
import io.hirehub.avro.entity.ResumeEducation;
import io.hirehub.avro.entity.ResumeEmbedding;
import io.hirehub.avro.entity.ResumeExperience;
import io.hirehub.avro.entity.ResumeSkill;
import io.hirehub.avro.event.ResumeProcessed;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes one {@link ResumeAnalysisResult} inside the caller's transaction: the resumes row, the
 * resume's child rows (replaced, so a second write leaves one set), the PII log, the ai_tasks rows
 * (ids derived from the event, so a replay inserts nothing new) and the resume.processed outbox row
 * (skipped when that event id is already there).
 */
public final class ResumeResultWriter {

    /** What became of one result. */
    public enum WriteOutcome {
        WRITTEN,
        RESUME_MISSING
    }

    /** The outbox of the ai-service, where the resume.processed rows go. */
    public static final String AI_OUTBOX = "ai_service.ai_outbox";

    private final Outbox outbox;

    public ResumeResultWriter(final Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** The resume.processed event id for a result: derived from the upload event, stable on replay. */
    public static UUID processedEventId(final ResumeAnalysisResult result) {
        return UUID.nameUUIDFromBytes((result.getEventId() + ":resume.processed").getBytes(StandardCharsets.UTF_8));
    }

    public WriteOutcome write(final Connection c, final ResumeAnalysisResult r) throws SQLException {
        final UUID resumeId = r.getResumeId();
        try (PreparedStatement update = c.prepareStatement("UPDATE resume_service.resumes SET masked_content = ?,"
                + " parsed_content = ?::jsonb, ai_summary = ?, status = ?, file_type = COALESCE(?, file_type),"
                + " updated_at = ? WHERE id = ?")) {
            update.setString(1, r.getMaskedContent());
            update.setString(2, r.getParsedContent());
            update.setString(3, r.getAiSummary());
            update.setString(4, r.getStatus().name().toLowerCase(Locale.ROOT));
            update.setString(5, r.getFileType());
            update.setObject(6, local(r.getProcessedAt()));
            update.setObject(7, resumeId);
            if (update.executeUpdate() == 0) {
                return WriteOutcome.RESUME_MISSING;
            }
        }
        for (final String table : List.of(
                "resume_experiences", "resume_skills", "resume_educations", "resume_embeddings", "pii_masking_logs")) {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM resume_service." + table + " WHERE resume_id = ?")) {
                delete.setObject(1, resumeId);
                delete.executeUpdate();
            }
        }
        insertExperiences(c, r.getExperiences());
        insertSkills(c, r.getSkills());
        insertEducations(c, r.getEducations());
        insertEmbeddings(c, r.getEmbeddings());
        insertPiiLog(c, r.getPiiMaskingLog());
        insertTasks(c, r.getAiTasks());
        final UUID eventId = processedEventId(r);
        if (!outboxHas(c, eventId)) {
            final ResumeProcessed processed = ResumeProcessed.newBuilder()
                    .setEventId(eventId)
                    .setOccurredAt(r.getProcessedAt())
                    .setResumeId(resumeId)
                    .setUserId(r.getUserId())
                    .setStatus(r.getStatus())
                    .build();
            outbox.append(
                    c,
                    AI_OUTBOX,
                    List.of(new Outbox.Event<>(
                            eventId, resumeId.toString(), Topics.RESUME_PROCESSED, processed, r.getProcessedAt())));
        }
        return WriteOutcome.WRITTEN;
    }

    private static void insertExperiences(final Connection c, final List<ResumeExperience> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resume_service.resume_experiences"
                + " (id, resume_id, company_name, position, start_date, end_date, is_current, description)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (final ResumeExperience e : rows) {
                insert.setObject(1, e.getId());
                insert.setObject(2, e.getResumeId());
                insert.setString(3, e.getCompanyName());
                insert.setString(4, e.getPosition());
                insert.setObject(5, e.getStartDate());
                insert.setObject(6, e.getEndDate());
                insert.setObject(7, e.getIsCurrent(), Types.BOOLEAN);
                insert.setString(8, e.getDescription());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSkills(final Connection c, final List<ResumeSkill> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resume_service.resume_skills"
                + " (id, resume_id, skill_name, proficiency, years) VALUES (?, ?, ?, ?, ?)")) {
            for (final ResumeSkill s : rows) {
                insert.setObject(1, s.getId());
                insert.setObject(2, s.getResumeId());
                insert.setString(3, s.getSkillName());
                insert.setString(
                        4,
                        s.getProficiency() == null
                                ? null
                                : s.getProficiency().name().toLowerCase(Locale.ROOT));
                insert.setObject(5, s.getYears(), Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertEducations(final Connection c, final List<ResumeEducation> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resume_service.resume_educations"
                + " (id, resume_id, school_name, degree, major, start_date, end_date, is_current)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (final ResumeEducation e : rows) {
                insert.setObject(1, e.getId());
                insert.setObject(2, e.getResumeId());
                insert.setString(3, e.getSchoolName());
                insert.setString(4, e.getDegree());
                insert.setString(5, e.getMajor());
                insert.setObject(6, e.getStartDate());
                insert.setObject(7, e.getEndDate());
                insert.setObject(8, e.getIsCurrent(), Types.BOOLEAN);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertEmbeddings(final Connection c, final List<ResumeEmbedding> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resume_service.resume_embeddings"
                + " (id, resume_id, chunk_index, chunk_text, embedding, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (final ResumeEmbedding e : rows) {
                insert.setObject(1, e.getId());
                insert.setObject(2, e.getResumeId());
                insert.setObject(3, e.getChunkIndex(), Types.INTEGER);
                insert.setString(4, e.getChunkText());
                final Array vector = e.getEmbedding() == null
                        ? null
                        : c.createArrayOf("real", e.getEmbedding().toArray(new Float[0]));
                insert.setArray(5, vector);
                insert.setObject(6, local(e.getCreatedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertPiiLog(final Connection c, final PiiMaskingLog log) throws SQLException {
        if (log == null) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resume_service.pii_masking_logs"
                + " (id, resume_id, masked_fields, processed_at) VALUES (?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, log.getId());
            insert.setObject(2, log.getResumeId());
            insert.setString(3, log.getMaskedFields());
            insert.setObject(4, local(log.getProcessedAt()));
            insert.executeUpdate();
        }
    }

    private static void insertTasks(final Connection c, final List<AiTask> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ai_service.ai_tasks (id, task_type,"
                + " source_type, source_id, status, input_data, output_data, error_message, model_used, tokens_used,"
                + " processing_time_ms, created_at, completed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            for (final AiTask t : rows) {
                insert.setObject(1, t.getId());
                insert.setString(2, t.getTaskType().name().toLowerCase(Locale.ROOT));
                insert.setString(
                        3,
                        t.getSourceType() == null
                                ? null
                                : t.getSourceType().name().toLowerCase(Locale.ROOT));
                insert.setObject(4, t.getSourceId());
                insert.setString(
                        5, t.getStatus() == null ? null : t.getStatus().name().toLowerCase(Locale.ROOT));
                insert.setString(6, t.getInputData());
                insert.setString(7, t.getOutputData());
                insert.setString(8, t.getErrorMessage());
                insert.setString(9, t.getModelUsed());
                insert.setObject(10, t.getTokensUsed(), Types.INTEGER);
                insert.setObject(11, t.getProcessingTimeMs(), Types.INTEGER);
                insert.setObject(12, local(t.getCreatedAt()));
                insert.setObject(13, local(t.getCompletedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static boolean outboxHas(final Connection c, final UUID eventId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM " + AI_OUTBOX + " WHERE id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** TIMESTAMP columns have no zone: the project stores UTC wall time. */
    private static LocalDateTime local(final Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
