package io.hirehub.connectors.writeback.match;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.schemas.keys.PairKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One {@code match_service.matches} row as the write-back upserts it. The row id is the pair's
 * {@link PairKey#matchId()}: a pair keeps one id for ever (re-inserted after a retraction it gets
 * the same one). The matching topology labels {@code match_feedback} by reading this row back by
 * that id ({@code MatchLocator}).
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

    /** The row of a pair detail from {@code hirehub.match.matches}. */
    public static MatchRow of(final MatchDetail d) {
        return new MatchRow(
                new PairKey(d.getJobId().toString(), d.getResumeId().toString()).matchId(),
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
}
