package io.hirehub.topologies.match.scoring;

import io.hirehub.schemas.keys.PairKey;
import java.math.BigDecimal;

/**
 * One scored (job, resume) pair: the columns of a {@code matches} row except {@code ai_reasoning}
 * (written by {@link MatchExplainer} only for pairs that are emitted) and {@code is_recommended}
 * (decided by {@link RecommendationPolicy}).
 */
public record MatchResult(
        String jobId,
        String resumeId,
        String userId,
        BigDecimal overallScore,
        BigDecimal skillScore,
        BigDecimal experienceScore,
        BigDecimal cultureScore,
        BigDecimal semanticScore,
        ScoreBreakdown breakdown) {

    /** The pair, the seed's composite key {@code {job_id}:{resume_id}}. */
    public PairKey pair() {
        return new PairKey(jobId, resumeId);
    }
}
