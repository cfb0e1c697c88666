package io.hirehub.connectors.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the delivery dispatcher.
 *
 * @param jdbcUrl     the notification service's database
 * @param user        database user
 * @param password    database password (never logged)
 * @param schema      schema of {@code notification_outbox} (notification_service)
 * @param interval    {@code notifications.dispatch.interval}: how often the queue is polled when idle
 * @param batchSize   rows claimed per poll
 * @param maxAttempts {@code notifications.dispatch.max-attempts}: tries before a delivery is {@code failed}
 * @param backoff     {@code notifications.dispatch.backoff}: wait after the first failure, doubled after each
 *                    following one up to {@code maxBackoff}
 * @param maxBackoff  the longest wait between two tries
 */
public record DispatchSettings(
        String jdbcUrl,
        String user,
        String password,
        String schema,
        Duration interval,
        int batchSize,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff) {

    public DispatchSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier, got " + schema);
        }
        positive("notifications.dispatch.interval", interval);
        positive("notifications.dispatch.backoff", backoff);
        positive("notifications.dispatch.max-backoff", maxBackoff);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("notifications.dispatch.max-attempts must be >= 1, got " + maxAttempts);
        }
    }

    /**
     * The dispatcher's behaviour apart from its database ({@code notifications.dispatch.*}).
     */
    public record Tuning(Duration interval, int maxAttempts, Duration backoff, Duration maxBackoff) {

        public static final Tuning DEFAULTS =
                new Tuning(Duration.ofMillis(200), 5, Duration.ofSeconds(2), Duration.ofMinutes(5));

        /** These settings for the queue in {@code schema} of {@code jdbcUrl}. */
        public DispatchSettings apply(
                final String jdbcUrl, final String user, final String password, final String schema) {
            return new DispatchSettings(
                    jdbcUrl, user, password, schema, interval, 100, maxAttempts, backoff, maxBackoff);
        }
    }

    public static DispatchSettings of(final String jdbcUrl, final String user, final String password) {
        return new DispatchSettings(
                jdbcUrl,
                user,
                password,
                "notification_service",
                Duration.ofMillis(200),
                100,
                5,
                Duration.ofSeconds(2),
                Duration.ofMinutes(5));
    }

    /** The wait after the {@code attempts}-th failed try. */
    public Duration backoffAfter(final int attempts) {
        final int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        final Duration next = backoff.multipliedBy(1L << doublings);
        return next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
    }

    @Override
    public String toString() {
        return "DispatchSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, schema=" + schema
                + ", interval=" + interval + ", maxAttempts=" + maxAttempts + ", backoff=" + backoff + "]";
    }

    private static void positive(final String key, final Duration value) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
    }
}
