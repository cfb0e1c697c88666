package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Score arithmetic shared by the scorers. Components are computed in {@code double} internally and
 * leave as {@link BigDecimal} with scale 2, HALF_UP, clamped to [0, 100] — the {@code DECIMAL(5,2)}
 * columns of {@code matches}. Nothing leaves this package as a {@code double}.
 */
public final class Scores {

    /** 100.00 */
    public static final BigDecimal MAX = new BigDecimal("100.00");
    /** 0.00 */
    public static final BigDecimal MIN = new BigDecimal("0.00");
    /** 50.00: what a component scores when the data it reads is missing (neither reward nor punish). */
    public static final BigDecimal NEUTRAL = new BigDecimal("50.00");

    private Scores() {}

    /** {@code value} clamped to [0, 100], scale 2, HALF_UP; NaN is rejected. */
    public static BigDecimal of(final double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("score must not be NaN");
        }
        final double clamped = Math.max(0.0, Math.min(100.0, value));
        return BigDecimal.valueOf(clamped).setScale(2, RoundingMode.HALF_UP);
    }

    /** Rounds an exact decimal to the score scale. */
    public static BigDecimal scale(final BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
