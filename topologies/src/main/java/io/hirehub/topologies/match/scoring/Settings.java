package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;

/** Validation helpers for the match settings records. */
final class Settings {

    private Settings() {}

    static void requireNonNegative(final String key, final double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number >= 0, got " + value);
        }
    }

    static BigDecimal requireScore(final String key, final BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be set");
        }
        if (value.signum() < 0 || value.compareTo(Scores.MAX) > 0) {
            throw new IllegalArgumentException(key + " must be in [0, 100], got " + value.toPlainString());
        }
        return Scores.scale(value);
    }

    static int requirePositive(final String key, final int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
        return value;
    }
}
