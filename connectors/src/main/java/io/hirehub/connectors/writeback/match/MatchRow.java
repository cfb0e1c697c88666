package io.hirehub.connectors.writeback.match;

import io.hirehub.avro.derived.MatchDetail;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One {@code match_service.matches} row as the write-back upserts it. The row id is a name-based
 * UUID of {@code {job_id}:{resume_id}}: a pair keeps one id for ever (re-inserted after a
 * retraction it gets the same one), so {@code match_feedback.match_id} can be joined back to the
 * pair key in the streams without reading the database.
 */
public record MatchRow(
        UUID id,
        UUID jobId,
        UUID resumeId,
        UUID userId,
        BigDecimal overallScore,
        BigDecimal skillScore,
        BigDecimal experienceScore,
        BigDecimal cultureScore,
        String scoreBreakdown,
        String aiReasoning,
        boolean recommended,
        Instant calculatedAt) {

    /** The deterministic {@code matches.id} of a pair. */
    public static UUID idOf(final String jobId, final String resumeId) {
        return UUID.nameUUIDFromBytes(("match:" + jobId + ":" + resumeId).getBytes(StandardCharsets.UTF_8));
    }

    /** The row of a pair detail from {@code hirehub.match.matches}. */
    public static MatchRow of(final MatchDetail d) {
        return new MatchRow(
                idOf(d.getJobId().toString(), d.getResumeId().toString()),
                d.getJobId(),
                d.getResumeId(),
                d.getUserId(),
                d.getOverallScore(),
                d.getSkillScore(),
                d.getExperienceScore(),
                d.getCultureScore(),
                d.getScoreBreakdown(),
                d.getAiReasoning(),
                d.getIsRecommended(),
                d.getCalculatedAt());
    }

    /**
     * The pair of a topic key {@code {job_id}:{resume_id}}.
     *
     * @throws IllegalArgumentException when the key is not two UUIDs joined by ':'
     */
    public static UUID[] pairOf(final String key) {
        final int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("match key must be {job_id}:{resume_id}, got '" + key + "'");
        }
        return new UUID[] {UUID.fromString(key.substring(0, colon)), UUID.fromString(key.substring(colon + 1))};
    }
}
