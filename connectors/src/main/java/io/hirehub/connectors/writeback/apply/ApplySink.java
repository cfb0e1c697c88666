package io.hirehub.connectors.writeback.apply;

import io.hirehub.avro.derived.ApplicationScore;
import io.hirehub.avro.derived.JobCounts;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * What an applications write-back writes, and where. Both statements are idempotent: counts are
 * absolute values written only when they differ; a score is written only into a row that has none
 * (so a replayed batch, or a score that comes back through CDC, changes nothing). Neither touches
 * {@code updated_at}: a counter is not an edit of the row.
 */
public enum ApplySink {
    /** {@code hirehub.apply.job-counts} → {@code jobs.applies_count, views_count}. */
    JOB_COUNTS(Topics.JOB_COUNTS, "hirehub-apply-job-counts-writeback") {
        @Override
        void apply(final Connection c, final String schema, final List<? extends SpecificRecord> records)
                throws SQLException {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + schema + ".jobs SET applies_count = ?,"
                    + " views_count = ? WHERE id = ? AND (applies_count IS DISTINCT FROM ?"
                    + " OR views_count IS DISTINCT FROM ?)")) {
                for (final SpecificRecord record : records) {
                    final JobCounts counts = (JobCounts) record;
                    s.setInt(1, counts.getAppliesCount());
                    s.setInt(2, counts.getViewsCount());
                    s.setObject(3, counts.getJobId());
                    s.setInt(4, counts.getAppliesCount());
                    s.setInt(5, counts.getViewsCount());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    },
    /** {@code hirehub.apply.application-scores} → {@code applications.match_score} where it is null. */
    APPLICATION_SCORES(Topics.APPLICATION_SCORES, "hirehub-apply-scores-writeback") {
        @Override
        void apply(final Connection c, final String schema, final List<? extends SpecificRecord> records)
                throws SQLException {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE " + schema + ".applications SET match_score = ? WHERE id = ? AND match_score IS NULL")) {
                for (final SpecificRecord record : records) {
                    final ApplicationScore score = (ApplicationScore) record;
                    s.setBigDecimal(1, score.getMatchScore());
                    s.setObject(2, score.getApplicationId());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    };

    private final Topic<String, ? extends SpecificRecord> topic;
    private final String groupId;

    ApplySink(final Topic<String, ? extends SpecificRecord> topic, final String groupId) {
        this.topic = topic;
        this.groupId = groupId;
    }

    public Topic<String, ? extends SpecificRecord> topic() {
        return topic;
    }

    /** The write-back's consumer group. */
    public String groupId() {
        return groupId;
    }

    /** Writes the batch's latest value per key inside the caller's transaction. */
    abstract void apply(Connection c, String schema, List<? extends SpecificRecord> records) throws SQLException;
}
