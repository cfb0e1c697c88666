package io.hirehub.topologies.match.scoring;

import io.hirehub.topologies.embed.Vectors;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Semantic similarity of the job and resume embeddings: cosine similarity, negative values
 * clamped to 0, times 100 (so 0.82 → 82.00). Text embeddings of unrelated documents sit near 0
 * and rarely go negative, so clamping loses nothing useful. A missing embedding scores neutral 50.
 */
public final class SemanticScorer {

    /** Scores one pair. */
    public SemanticScore score(final PreparedJob job, final PreparedResume resume) {
        final float[] a = job.profile().embedding();
        final float[] b = resume.profile().embedding();
        if (a == null || b == null || job.embeddingNorm() == 0 || resume.embeddingNorm() == 0) {
            return new SemanticScore(Scores.NEUTRAL, false, null);
        }
        final double cosine = Vectors.dot(a, b) / (job.embeddingNorm() * resume.embeddingNorm());
        final double clamped = Math.max(-1, Math.min(1, cosine));
        return new SemanticScore(
                Scores.of(100 * clamped), true, BigDecimal.valueOf(clamped).setScale(4, RoundingMode.HALF_UP));
    }
}
