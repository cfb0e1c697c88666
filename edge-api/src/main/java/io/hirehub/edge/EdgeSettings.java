package io.hirehub.edge;

import java.time.Duration;
import java.util.Objects;

/**
 * How the edge serves.
 *
 * @param host            interface to bind
 * @param port            port to listen on (0 picks a free one)
 * @param idempotencyTtl  how long an {@code Idempotency-Key} and its answer are kept
 * @param downloadLinkTtl how long a presigned resume download link is valid
 * @param accountTtl      how long a token subject's account and memberships are cached
 * @param shutdownGrace   how long a stop waits for requests in flight
 */
public record EdgeSettings(
        String host,
        int port,
        Duration idempotencyTtl,
        Duration downloadLinkTtl,
        Duration accountTtl,
        Duration shutdownGrace) {

    public EdgeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idempotencyTtl, "idempotencyTtl");
        Objects.requireNonNull(downloadLinkTtl, "downloadLinkTtl");
        Objects.requireNonNull(accountTtl, "accountTtl");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (downloadLinkTtl.isNegative()
                || downloadLinkTtl.isZero()
                || downloadLinkTtl.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("download link TTL must be positive and at most 7 days (S3's limit)");
        }
    }

    /** Defaults for {@code host}/{@code port}: keys kept a day, links 5 minutes, accounts 30 s, 10 s grace. */
    public static EdgeSettings defaults(final String host, final int port) {
        return new EdgeSettings(
                host,
                port,
                Duration.ofHours(24),
                Duration.ofMinutes(5),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10));
    }
}
