package io.hirehub.connectors.writeback.apply;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one applications write-back, validated at start-up.
 *
 * @param bootstrapServers {@code kafka.bootstrap.servers}
 * @param jdbcUrl          the database of the table written ({@code postgres.jdbc.url}, or the service's own)
 * @param user             {@code postgres.user}
 * @param password         {@code postgres.password} (never logged)
 * @param schema           schema of the table written ({@code job_service} or {@code apply_service})
 * @param pollTimeout      how long one poll waits (default 200 ms)
 */
public record ApplyWriteBackSettings(
        String bootstrapServers, String jdbcUrl, String user, String password, String schema, Duration pollTimeout) {

    public ApplyWriteBackSettings {
        require("kafka.bootstrap.servers", bootstrapServers);
        require("postgres.jdbc.url", jdbcUrl);
        require("schema", schema);
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("pollTimeout must be > 0, got " + pollTimeout);
        }
    }

    public static ApplyWriteBackSettings of(
            final String bootstrapServers,
            final String jdbcUrl,
            final String user,
            final String password,
            final String schema) {
        return new ApplyWriteBackSettings(bootstrapServers, jdbcUrl, user, password, schema, Duration.ofMillis(200));
    }

    @Override
    public String toString() {
        return "ApplyWriteBackSettings[bootstrapServers=" + bootstrapServers + ", jdbcUrl=" + jdbcUrl + ", user=" + user
                + ", password=***, schema=" + schema + ", pollTimeout=" + pollTimeout + "]";
    }

    private static void require(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set");
        }
    }
}
