package io.hirehub.connectors.writeback.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the notifications write-back, validated at start-up.
 *
 * @param bootstrapServers {@code kafka.bootstrap.servers}
 * @param groupId          its consumer group (hirehub-notification-writeback)
 * @param jdbcUrl          the notification service's database
 * @param user             database user
 * @param password         database password (never logged)
 * @param schema           schema of {@code notifications} and {@code notification_outbox} (notification_service)
 * @param pollTimeout      how long one poll waits for records
 */
public record NotificationWriteBackSettings(
        String bootstrapServers,
        String groupId,
        String jdbcUrl,
        String user,
        String password,
        String schema,
        Duration pollTimeout) {

    /** The write-back's consumer group unless configured otherwise. */
    public static final String DEFAULT_GROUP_ID = "hirehub-notification-writeback";

    public NotificationWriteBackSettings {
        require("kafka.bootstrap.servers", bootstrapServers);
        require("group id", groupId);
        require("postgres.jdbc.url", jdbcUrl);
        require("schema", schema);
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier, got " + schema);
        }
        Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /** Defaults for everything but the endpoints. */
    public static NotificationWriteBackSettings of(
            final String bootstrapServers, final String jdbcUrl, final String user, final String password) {
        return new NotificationWriteBackSettings(
                bootstrapServers,
                DEFAULT_GROUP_ID,
                jdbcUrl,
                user,
                password,
                "notification_service",
                Duration.ofMillis(200));
    }

    @Override
    public String toString() {
        return "NotificationWriteBackSettings[bootstrapServers=" + bootstrapServers + ", groupId=" + groupId
                + ", jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***, schema=" + schema + "]";
    }

    private static void require(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must be set");
        }
    }
}
