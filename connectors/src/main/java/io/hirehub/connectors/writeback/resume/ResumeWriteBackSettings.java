package io.hirehub.connectors.writeback.resume;

import java.time.Duration;
import java.util.Objects;

/**
 * The resume write-back's settings.
 *
 * @param bootstrapServers Kafka ({@code kafka.bootstrap.servers})
 * @param groupId          consumer group ({@code resume.writeback.group.id})
 * @param pollTimeout      longest wait for records per poll
 * @param retryBackoff     wait before retrying a record the database refused
 */
public record ResumeWriteBackSettings(
        String bootstrapServers, String groupId, Duration pollTimeout, Duration retryBackoff) {

    public static final String DEFAULT_GROUP_ID = "hirehub-resume-writeback";

    public ResumeWriteBackSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("kafka.bootstrap.servers must be set for the resume write-back");
        }
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("resume.writeback.group.id must not be blank");
        }
    }

    public static ResumeWriteBackSettings defaults(final String bootstrapServers) {
        return new ResumeWriteBackSettings(
                bootstrapServers, DEFAULT_GROUP_ID, Duration.ofMillis(200), Duration.ofSeconds(1));
    }
}
