package io.hirehub.connectors.writeback.match;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Applies pair changes to {@code matches} on one connection, in the caller's transaction.
 * Upserts on {@code UNIQUE(job_id, resume_id)} and deletes are idempotent, so a batch replayed
 * after a crash between the DB commit and the offset commit leaves the same rows.
 * {@code updated_at} is the pair's {@code calculated_at} (not now()), so a replay writes
 * byte-identical rows; {@code created_at} keeps its first value.
 */
public final class MatchRowWriter {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String upsert;
    private final String delete;

    public MatchRowWriter(final String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException(
                    "match write-back schema must match [a-z_][a-z0-9_]*, got '" + schema + "'");
        }
        upsert = "INSERT INTO " + schema + ".matches (id, job_id, resume_id, user_id, overall_score, skill_score, "
                + "experience_score, culture_score, score_breakdown, ai_reasoning, is_recommended, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) "
                + "ON CONFLICT (job_id, resume_id) DO UPDATE SET user_id = EXCLUDED.user_id, "
                + "overall_score = EXCLUDED.overall_score, skill_score = EXCLUDED.skill_score, "
                + "experience_score = EXCLUDED.experience_score, culture_score = EXCLUDED.culture_score, "
                + "score_breakdown = EXCLUDED.score_breakdown, ai_reasoning = EXCLUDED.ai_reasoning, "
                + "is_recommended = EXCLUDED.is_recommended, updated_at = EXCLUDED.updated_at";
        delete = "DELETE FROM " + schema + ".matches WHERE job_id = ? AND resume_id = ?";
    }

    /** One change: {@code row == null} deletes the pair. */
    public record Change(UUID jobId, UUID resumeId, MatchRow row) {}

    /** Applies the changes in order (batched); the caller commits. */
    public void apply(final Connection connection, final List<Change> changes) throws SQLException {
        try (PreparedStatement up = connection.prepareStatement(upsert);
                PreparedStatement del = connection.prepareStatement(delete)) {
            for (final Change c : changes) {
                // Flush the other kind first so the order of changes to one pair is kept.
                if (c.row() == null) {
                    up.executeBatch();
                    del.setObject(1, c.jobId());
                    del.setObject(2, c.resumeId());
                    del.addBatch();
                } else {
                    del.executeBatch();
                    bind(up, c.row());
                    up.addBatch();
                }
            }
            up.executeBatch();
            del.executeBatch();
        }
    }

    private static void bind(final PreparedStatement ps, final MatchRow r) throws SQLException {
        final Timestamp at = Timestamp.valueOf(LocalDateTime.ofInstant(r.calculatedAt(), ZoneOffset.UTC));
        ps.setObject(1, r.id());
        ps.setObject(2, r.jobId());
        ps.setObject(3, r.resumeId());
        ps.setObject(4, r.userId());
        ps.setBigDecimal(5, r.overallScore());
        ps.setBigDecimal(6, r.skillScore());
        ps.setBigDecimal(7, r.experienceScore());
        ps.setBigDecimal(8, r.cultureScore());
        ps.setString(9, r.scoreBreakdown());
        ps.setString(10, r.aiReasoning());
        ps.setBoolean(11, r.recommended());
        ps.setTimestamp(12, at);
        ps.setTimestamp(13, at);
    }
}
