package io.hirehub.topologies.resume.provider;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a provider call with bounded retries, exponential backoff and jitter. Only
 * {@link ProviderException}s marked retryable are retried; after the last attempt the failure is
 * rethrown so the caller fails its task (never the topology).
 */
public final class RetryPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    /** Waits between attempts; injectable so tests need no real sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
    }

    private final RetrySettings settings;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public RetryPolicy(final RetrySettings settings, final Sleeper sleeper, final DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    public RetryPolicy(final RetrySettings settings) {
        this(settings, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }

    public RetrySettings settings() {
        return settings;
    }

    /** Runs {@code call}; {@code what} names the operation in logs (never content). */
    public <T> T execute(final String what, final Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (final ProviderException e) {
                if (!e.retryable() || attempt >= settings.maxAttempts()) {
                    throw e.afterAttempts(attempt);
                }
                final Duration wait = backoff(attempt);
                LOG.warn(
                        "{} attempt {}/{} failed ({}); retrying in {} ms",
                        what,
                        attempt,
                        settings.maxAttempts(),
                        e.getMessage(),
                        wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (final InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ProviderException(
                            e.provider(), "interrupted while backing off", false, attempt, interrupted);
                }
            }
        }
    }

    /** The jittered wait after failed attempt {@code attempt}: base ± jitter·base, never negative. */
    Duration backoff(final int attempt) {
        final long base = settings.baseBackoff(attempt).toMillis();
        final double spread = settings.jitter() * base;
        final long jittered = Math.round(base - spread + 2 * spread * random.getAsDouble());
        return Duration.ofMillis(Math.max(0, jittered));
    }
}
