package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;

/**
 * Thresholds of {@link RecommendationPolicy}, validated at start-up.
 *
 * <p>The defaults are calibrated on the graded ranking set ({@code MatchQualityReportTest}) for the default weights,
 * where the embedding cosine of related texts is 0.3–0.7, so strong fits score about 35–75 overall, partial fits
 * (grade 2) 10–45 and unrelated pairs below 10: at 30, {@code match.calculated} is emitted for 27 of the 28 strong
 * fits and 11 of the 784 other pairs (7 of them partial fits); at 40, 27 strong fits are recommended and 5 others
 * (2 partial fits).
 * With other weights or another embedding model, recalibrate them the same way.
 *
 * @param minScore  {@code match.calculated.min.score}: pairs scoring below are not emitted (default 30.00)
 * @param threshold {@code match.recommended.threshold}: overall score from which a pair is recommended
 *                  (default 40.00); must be ≥ minScore
 * @param margin    {@code match.recommended.margin}: a recommended pair is recommended again only when
 *                  its score rises at least this much above the score last recommended (default 5.00,
 *                  must be > 0 so a replayed or unchanged score never recommends twice)
 */
public record RecommendationSettings(BigDecimal minScore, BigDecimal threshold, BigDecimal margin) {

    /** The documented defaults. */
    public static final RecommendationSettings DEFAULTS =
            new RecommendationSettings(new BigDecimal("30.00"), new BigDecimal("40.00"), new BigDecimal("5.00"));

    /** Validates ranges and order, scaling every value to 2 decimals. */
    public RecommendationSettings {
        minScore = Settings.requireScore("match.calculated.min.score", minScore);
        threshold = Settings.requireScore("match.recommended.threshold", threshold);
        margin = Settings.requireScore("match.recommended.margin", margin);
        if (margin.signum() == 0) {
            throw new IllegalArgumentException("match.recommended.margin must be > 0, got 0.00");
        }
        if (threshold.compareTo(minScore) < 0) {
            throw new IllegalArgumentException("match.recommended.threshold (" + threshold.toPlainString()
                    + ") must be >= match.calculated.min.score (" + minScore.toPlainString() + ")");
        }
    }
}
