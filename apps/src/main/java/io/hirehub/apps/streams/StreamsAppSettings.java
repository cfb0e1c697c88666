package io.hirehub.apps.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * How one Kafka Streams application of ours runs, typed and validated once; {@link #properties()} is
 * the only place that turns it into Kafka Streams' {@code Properties}. Exactly-once v2 is the
 * default (every topology of the design runs under it); the defaults of replication (1) and standby
 * replicas (0) fit the single embedded broker, a cluster wants 3 and 1 ({@code streams.*} keys).
 *
 * @param applicationId     Kafka Streams application id: consumer group, prefix of internal topics
 * @param bootstrapServers  Kafka
 * @param stateDir          where the RocksDB stores live
 * @param streamThreads     stream threads of this instance (tasks are spread over them)
 * @param replicationFactor replication of the internal topics (changelogs, repartitions)
 * @param standbyReplicas   warm copies of each task's stores on other instances
 * @param commitInterval    commit interval; empty keeps Kafka Streams' (100 ms under exactly-once)
 * @param exactlyOnce       {@code processing.guarantee=exactly_once_v2} (true) or at-least-once
 * @param applicationServer this instance's {@code application.server} (where its interactive queries
 *                          are answered); empty when nothing serves them over the network
 * @param clientOverrides   more Kafka Streams or client properties, e.g. {@code consumer.max.poll.records}
 */
public record StreamsAppSettings(
        String applicationId,
        String bootstrapServers,
        Path stateDir,
        int streamThreads,
        int replicationFactor,
        int standbyReplicas,
        Optional<Duration> commitInterval,
        boolean exactlyOnce,
        Optional<HostInfo> applicationServer,
        Map<String, Object> clientOverrides) {

    public StreamsAppSettings {
        requireText(applicationId, "applicationId");
        requireText(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(applicationServer, "applicationServer");
        if (streamThreads < 1) {
            throw new IllegalArgumentException(applicationId + ": stream threads must be >= 1, was " + streamThreads);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(
                    applicationId + ": replication factor must be >= 1, was " + replicationFactor);
        }
        if (standbyReplicas < 0) {
            throw new IllegalArgumentException(
                    applicationId + ": standby replicas must be >= 0, was " + standbyReplicas);
        }
        commitInterval.ifPresent(interval -> {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(
                        applicationId + ": commit interval must be positive, was " + interval);
            }
        });
        clientOverrides = Map.copyOf(clientOverrides);
    }

    /** One thread, one broker, no standbys, exactly-once v2, Kafka Streams' commit interval. */
    public static StreamsAppSettings of(
            final String applicationId, final String bootstrapServers, final Path stateDir) {
        return new StreamsAppSettings(
                applicationId, bootstrapServers, stateDir, 1, 1, 0, Optional.empty(), true, Optional.empty(), Map.of());
    }

    public StreamsAppSettings withStreamThreads(final int threads) {
        return new StreamsAppSettings(
                applicationId,
                bootstrapServers,
                stateDir,
                threads,
                replicationFactor,
                standbyReplicas,
                commitInterval,
                exactlyOnce,
                applicationServer,
                clientOverrides);
    }

    /** Replication of the internal topics and standby replicas of the tasks ({@code streams.*}). */
    public StreamsAppSettings withReplication(final int replication, final int standbys) {
        return new StreamsAppSettings(
                applicationId,
                bootstrapServers,
                stateDir,
                streamThreads,
                replication,
                standbys,
                commitInterval,
                exactlyOnce,
                applicationServer,
                clientOverrides);
    }

    public StreamsAppSettings withCommitInterval(final Duration interval) {
        return new StreamsAppSettings(
                applicationId,
                bootstrapServers,
                stateDir,
                streamThreads,
                replicationFactor,
                standbyReplicas,
                Optional.of(interval),
                exactlyOnce,
                applicationServer,
                clientOverrides);
    }

    /** Where this instance answers interactive queries: other instances learn it from the group's assignment. */
    public StreamsAppSettings withApplicationServer(final HostInfo server) {
        return new StreamsAppSettings(
                applicationId,
                bootstrapServers,
                stateDir,
                streamThreads,
                replicationFactor,
                standbyReplicas,
                commitInterval,
                exactlyOnce,
                Optional.of(server),
                clientOverrides);
    }

    /** These properties on top of (and over) the others, e.g. {@code StreamsConfig.consumerPrefix("max.poll.records")}. */
    public StreamsAppSettings withOverrides(final Map<String, ?> overrides) {
        final Map<String, Object> merged = new LinkedHashMap<>(clientOverrides);
        merged.putAll(overrides);
        return new StreamsAppSettings(
                applicationId,
                bootstrapServers,
                stateDir,
                streamThreads,
                replicationFactor,
                standbyReplicas,
                commitInterval,
                exactlyOnce,
                applicationServer,
                merged);
    }

    /** The application's Kafka Streams properties. */
    public Properties properties() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                exactlyOnce ? StreamsConfig.EXACTLY_ONCE_V2 : StreamsConfig.AT_LEAST_ONCE);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        commitInterval.ifPresent(interval -> props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, interval.toMillis()));
        applicationServer.ifPresent(
                server -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.host() + ":" + server.port()));
        props.putAll(clientOverrides);
        return props;
    }

    private static void requireText(final String value, final String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set");
        }
    }
}
