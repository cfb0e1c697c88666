package io.hirehub.edge.query;

import java.time.Duration;
import java.util.Objects;

/**
 * How interactive queries are answered.
 *
 * @param maxStandbyLag  how many records a standby copy may be behind to answer a caller that allows
 *                       stale reads ({@code allow_stale=true})
 * @param retryAfter     the {@code Retry-After} of a 503 while keys have no owner (a rebalance)
 * @param forwardTimeout how long a forwarded query may take at the key's owner
 * @param positionWait   how long a read with {@code min_position} waits for the store to apply that
 *                       position before answering 503 with {@code Retry-After}
 */
public record QuerySettings(long maxStandbyLag, Duration retryAfter, Duration forwardTimeout, Duration positionWait) {

    public QuerySettings {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(forwardTimeout, "forwardTimeout");
        Objects.requireNonNull(positionWait, "positionWait");
        if (maxStandbyLag < 0) {
            throw new IllegalArgumentException("maxStandbyLag must be >= 0, was " + maxStandbyLag);
        }
    }

    /** 10,000 records, retry after 1 s, forward within 5 s, wait for a position up to 10 s. */
    public static QuerySettings defaults() {
        return new QuerySettings(10_000, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
