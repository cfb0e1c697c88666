package io.hirehub.topologies.match;

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
        final double cosine = dot(a, b) / (job.embeddingNorm() * resume.embeddingNorm());
        final double clamped = Math.max(-1, Math.min(1, cosine));
        return new SemanticScore(
                Scores.of(100 * clamped), true, BigDecimal.valueOf(clamped).setScale(4, RoundingMode.HALF_UP));
    }

    /** Cosine similarity of two vectors of equal length; 0 when either is all zeros. */
    public static double cosine(final float[] a, final float[] b) {
        final double na = norm(a);
        final double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    /**
     * Dot product. Four independent accumulators break the add dependency chain so the CPU
     * overlaps the multiplies; summing in float is enough for a 1536-dim similarity.
     */
    public static float dot(final float[] a, final float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding dimensions differ: " + a.length + " vs " + b.length);
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        final int bound = a.length & ~3;
        int i = 0;
        for (; i < bound; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** L2 norm, 0 for {@code null}. */
    public static double norm(final float[] v) {
        return v == null ? 0 : Math.sqrt(dot(v, v));
    }
}
