package io.hirehub.topologies.resume.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded retries with exponential backoff and jitter for calls to external providers.
 *
 * @param maxAttempts    total attempts including the first (1 = no retry), 1..10
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     cap for any single wait
 * @param multiplier     growth factor per attempt, at least 1
 * @param jitter         fraction of each wait that is randomised (0 = none, 0.5 = ±50 %), 0..1
 */
public record RetrySettings(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter) {

    /** Three attempts, 200 ms doubling up to 5 s, ±20 % jitter. */
    public static final RetrySettings DEFAULT =
            new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, 0.2);

    /** Single attempt. */
    public static final RetrySettings NONE = new RetrySettings(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0);

    public RetrySettings {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("retry max attempts must be 1..10, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "retry backoff must satisfy 0 <= initial (" + initialBackoff + ") <= max (" + maxBackoff + ")");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("retry multiplier must be >= 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("retry jitter must be 0..1, was " + jitter);
        }
    }

    /**
     * The un-jittered wait after failed attempt {@code attempt} (1-based).
     */
    public Duration baseBackoff(final int attempt) {
        final double factor = Math.pow(multiplier, Math.max(0, attempt - 1));
        final double millis = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() * factor);
        return Duration.ofMillis((long) millis);
    }
}
