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
     * Whether the pair shares any evidence — a skill of the job the resume holds, or embeddings at least
     * {@code minCosine} alike ({@code match.evidence.min.cosine}, {@link MatchSettings#evidenceCosine}). A pair with
     * evidence is shown in the job's list (a {@code matches} row) whatever its score; thresholds decide only the
     * events and recommendations. With the local hashing embedder, unrelated résumés and jobs of other fields
     * stay well below the default 0.15 (a few shared function words) and pairs of the same field above it.
     */
    public boolean hasEvidence(final BigDecimal minCosine) {
        final SkillScore skill = breakdown.skills();
        if (!skill.matchedRequired().isEmpty() || !skill.matchedPreferred().isEmpty()) {
            return true;
        }
        final BigDecimal cosine = breakdown.semantic().cosine();
        return cosine != null && cosine.compareTo(minCosine) >= 0;
    }

    /** The pair, the seed's composite key {@code {job_id}:{resume_id}}. */
    public PairKey pair() {
        return new PairKey(jobId, resumeId);
    }
}
