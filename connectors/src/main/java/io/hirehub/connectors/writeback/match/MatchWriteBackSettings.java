package io.hirehub.connectors.writeback.match;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the match write-back, validated at start-up.
 *
 * @param bootstrapServers {@code kafka.bootstrap.servers}
 * @param groupId          {@code match.writeback.group-id} (default hirehub-match-writeback)
 * @param jdbcUrl          {@code postgres.jdbc.url}
 * @param user             {@code postgres.user}
 * @param password         {@code postgres.password} (never logged)
 * @param schema           {@code match.writeback.schema}: schema of {@code matches} (default match_service)
 * @param pollTimeout      {@code match.writeback.poll-timeout} (default 200 ms)
 */
public record MatchWriteBackSettings(
        String bootstrapServers,
        String groupId,
        String jdbcUrl,
        String user,
        String password,
        String schema,
        Duration pollTimeout) {

    /** Validates every field. */
    public MatchWriteBackSettings {
        require("kafka.bootstrap.servers", bootstrapServers);
        require("match.writeback.group-id", groupId);
        require("postgres.jdbc.url", jdbcUrl);
        require("match.writeback.schema", schema);
        Objects.requireNonNull(pollTimeout, "match.writeback.poll-timeout");
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("match.writeback.poll-timeout must be > 0, got " + pollTimeout);
        }
    }

    /** The write-back's consumer group unless configured otherwise. */
    public static final String DEFAULT_GROUP_ID = "hirehub-match-writeback";

    /** Defaults for everything but the endpoints. */
    public static MatchWriteBackSettings of(
            final String bootstrapServers, final String jdbcUrl, final String user, final String password) {
        return new MatchWriteBackSettings(
                bootstrapServers, DEFAULT_GROUP_ID, jdbcUrl, user, password, "match_service", Duration.ofMillis(200));
    }

    @Override
    public String toString() {
        return "MatchWriteBackSettings[bootstrapServers=" + bootstrapServers + ", groupId=" + groupId + ", jdbcUrl="
                + jdbcUrl + ", user=" + user + ", password=***, schema=" + schema + ", pollTimeout=" + pollTimeout
                + "]";
    }

    private static void require(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set");
        }
    }
}
