package io.hirehub.stack.topics;

import io.hirehub.schemas.topics.TopicSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned topic beside what the cluster has.
 *
 * @param spec   the plan's spec
 * @param actual what the cluster has; empty when the topic does not exist
 * @param drifts how the existing topic differs from the plan (clamped to the cluster size)
 */
public record TopicState(TopicSpec spec, Optional<ActualTopic> actual, List<Drift> drifts) {

    public TopicState {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(actual, "actual");
        drifts = List.copyOf(drifts);
    }

    /** MISSING, OK or DRIFT. */
    public Status status() {
        if (actual.isEmpty()) {
            return Status.MISSING;
        }
        return drifts.isEmpty() ? Status.OK : Status.DRIFT;
    }

    /** Summary status of a planned topic. */
    public enum Status {
        MISSING,
        OK,
        DRIFT,
        CREATED
    }

    /**
     * What the cluster has for a topic.
     *
     * @param partitions        partition count
     * @param replicationFactor replicas of the first partition
     * @param cleanupPolicy     {@code cleanup.policy}
     * @param retentionMs       {@code retention.ms}
     * @param minInSyncReplicas {@code min.insync.replicas}
     */
    public record ActualTopic(
            int partitions, int replicationFactor, String cleanupPolicy, long retentionMs, int minInSyncReplicas) {}

    /**
     * One difference between plan and cluster.
     *
     * @param property what differs, e.g. {@code partitions}
     * @param planned  the planned value (clamped to the cluster)
     * @param actual   the cluster's value
     */
    public record Drift(String property, String planned, String actual) {
        @Override
        public String toString() {
            return property + " planned " + planned + " but is " + actual;
        }
    }
}
