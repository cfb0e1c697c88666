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

    /**
     * Cosine similarity from which the embeddings alone count as evidence that the pair is related. The local
     * hashing embedder gives unrelated résumés and jobs of other fields cosines well below it (a few shared
     * function words), and pairs of the same field above it.
     */
    public static final BigDecimal SEMANTIC_EVIDENCE_COSINE = new BigDecimal("0.15");

    /**
     * Whether the pair shares any evidence — a skill of the job the resume holds, or embeddings at least
     * {@link #SEMANTIC_EVIDENCE_COSINE} alike. A pair with evidence is shown in the job's list (a {@code matches}
     * row) whatever its score; thresholds decide only the events and recommendations.
     */
    public boolean hasEvidence() {
        final SkillScore skill = breakdown.skills();
        if (!skill.matchedRequired().isEmpty() || !skill.matchedPreferred().isEmpty()) {
            return true;
        }
        final BigDecimal cosine = breakdown.semantic().cosine();
        return cosine != null && cosine.compareTo(SEMANTIC_EVIDENCE_COSINE) >= 0;
    }

    /** The pair, the seed's composite key {@code {job_id}:{resume_id}}. */
    public PairKey pair() {
        return new PairKey(jobId, resumeId);
    }
}
