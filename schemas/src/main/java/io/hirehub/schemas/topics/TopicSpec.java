package io.hirehub.schemas.topics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic as planned: the single description that topic creation, the docs and the Helm chart
 * all read.
 *
 * @param name              the topic's name
 * @param kind              what it holds
 * @param partitions        planned partition count
 * @param replicationFactor planned replication factor (clamped to the cluster size on apply)
 * @param cleanupPolicy     delete, compact or both
 * @param retention         how long records are kept; empty means forever ({@code retention.ms=-1})
 * @param minInSyncReplicas {@code min.insync.replicas} (clamped like the replication factor)
 * @param description       what the topic holds, for docs and {@code hirehub topics describe}
 */
public record TopicSpec(
        String name,
        TopicKind kind,
        int partitions,
        short replicationFactor,
        CleanupPolicy cleanupPolicy,
        Optional<Duration> retention,
        int minInSyncReplicas,
        String description) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    "topic " + name + ": replication factor must be >= 1, was " + replicationFactor);
        }
        if (minInSyncReplicas < 1 || minInSyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("topic " + name + ": min.insync.replicas must be in 1.."
                    + replicationFactor + ", was " + minInSyncReplicas);
        }
    }

    /** {@code retention.ms} as Kafka spells it: -1 for forever. */
    public long retentionMs() {
        return retention.map(Duration::toMillis).orElse(-1L);
    }

    /**
     * The topic-level configs to create the topic with, for a cluster of {@code brokers} brokers.
     */
    public Map<String, String> configs(final int brokers) {
        final Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", cleanupPolicy.kafkaValue());
        configs.put("retention.ms", Long.toString(retentionMs()));
        configs.put("min.insync.replicas", Integer.toString(effectiveMinInSyncReplicas(brokers)));
        return configs;
    }

    /** The replication factor a cluster of {@code brokers} brokers can hold. */
    public short effectiveReplicationFactor(final int brokers) {
        return (short) Math.max(1, Math.min(replicationFactor, brokers));
    }

    /** {@code min.insync.replicas} that still lets a cluster of {@code brokers} brokers accept writes. */
    public int effectiveMinInSyncReplicas(final int brokers) {
        return Math.min(minInSyncReplicas, effectiveReplicationFactor(brokers));
    }
}
