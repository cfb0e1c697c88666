package io.hirehub.stack.config;

/**
 * How the Kafka Streams applications (resume pipeline, matching) keep their state safe: the
 * replication of their internal topics and the standby replicas of their tasks. The defaults (1, 0)
 * fit one broker and one instance; on a cluster use 3 and 1.
 *
 * @param replicationFactor {@code streams.replication.factor}
 * @param standbyReplicas   {@code streams.standby.replicas}
 */
public record StreamsSettings(int replicationFactor, int standbyReplicas) {

    /** One broker, one instance. */
    public static final StreamsSettings SINGLE_BROKER = new StreamsSettings(1, 0);

    public StreamsSettings {
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("streams.replication.factor must be >= 1, was " + replicationFactor);
        }
        if (standbyReplicas < 0) {
            throw new IllegalArgumentException("streams.standby.replicas must be >= 0, was " + standbyReplicas);
        }
    }

    static StreamsSettings from(final ResolvedConfig config) {
        return new StreamsSettings(
                config.integer(ConfigKeys.STREAMS_REPLICATION_FACTOR, 1, 32),
                config.integer(ConfigKeys.STREAMS_STANDBY_REPLICAS, 0, 32));
    }
}
