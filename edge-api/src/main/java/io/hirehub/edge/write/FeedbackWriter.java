package io.hirehub.edge.write;

import io.hirehub.avro.entity.FeedbackType;
import io.hirehub.schemas.keys.PairKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * match-service writes: feedback on a match ({@code match_feedback}, the seed's labels for model
 * training). match-service's outbox carries {@code match.recommended} only, so feedback has no
 * event row: CDC publishes {@code hirehub.match.match_feedback}, which matching labels.
 */
public final class FeedbackWriter {

    private final String schema;

    /** @param schema match-service schema ({@code match_service} by default) */
    public FeedbackWriter(final String schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * Records feedback on the pair's {@code matches} row inside the caller's transaction; a pair with
     * no row (not scored, or retracted) is a {@link NotFoundException}. Returns the feedback id.
     */
    public UUID create(final Connection connection, final PairKey pair, final FeedbackType type, final UUID feedbackBy)
            throws SQLException {
        if (type == null) {
            throw new InvalidFieldException("feedback_type", "is required");
        }
        Fields.sqlValue("feedback_type", type);
        final UUID matchId = pair.matchId();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM " + schema + ".matches WHERE id = ? FOR SHARE")) {
            select.setObject(1, matchId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("no match of job " + pair.jobId() + " and resume " + pair.resumeId());
                }
            }
        }
        final UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema
                + ".match_feedback (id, match_id, feedback_type, feedback_by) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, matchId);
            insert.setString(3, Fields.sqlValue("feedback_type", type));
            insert.setObject(4, Objects.requireNonNull(feedbackBy, "feedbackBy"));
            insert.executeUpdate();
        }
        return id;
    }
}
