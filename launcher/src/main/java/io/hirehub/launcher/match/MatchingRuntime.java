package io.hirehub.launcher.match;

import io.hirehub.connectors.writeback.match.MatchWriteBack;
import io.hirehub.connectors.writeback.match.MatchWriteBackSettings;
import io.hirehub.launcher.config.MatchingSettings;
import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.match.MatchExplainer;
import io.hirehub.topologies.match.MatchScorer;
import io.hirehub.topologies.match.ReasoningRewriter;
import io.hirehub.topologies.match.SkillCanonicalizer;
import io.hirehub.topologies.match.topology.MatchNames;
import io.hirehub.topologies.match.topology.MatchTopology;
import io.hirehub.topologies.match.topology.MatchTopologySettings;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.resume.embed.EmbeddingProvider;
import io.hirehub.topologies.resume.embed.LocalHashingEmbeddingProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching application (job profiles from CDC + matching, exactly_once_v2, state under
 * {@code stateDir}) and its {@code matches} write-back, against given endpoints: what
 * {@code hirehub dev} and {@code hirehub matching run} start. Answers interactive queries on the
 * top-N and recommended stores of this instance.
 */
public final class MatchingRuntime implements AutoCloseable {

    /** Kafka Streams application id (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "hirehub-matching";

    private static final Logger LOG = LoggerFactory.getLogger(MatchingRuntime.class);

    private final KafkaStreams streams;
    private final JdbcMatchLocator locator;
    private final MatchWriteBack writeBack;
    private final Thread writeBackThread;

    private MatchingRuntime(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final String registryUrl,
            final Path stateDir,
            final int partitions,
            final MatchingSettings matching,
            final EmbeddingProvider embeddings) {
        final SchemaRegistryClient registry = HttpSchemaRegistryClient.of(registryUrl);
        final MatchTopologySettings settings = matching.topology(partitions, embeddings.dimensions());
        final MatchWriteBackSettings writeBackSettings =
                MatchWriteBackSettings.of(kafka, jdbc.url(), jdbc.user(), jdbc.password());
        // Feedback is labelled from the rows the write-back writes: same database, same schema.
        locator = new JdbcMatchLocator(jdbc, writeBackSettings.schema());
        final MatchScorer scorer =
                new MatchScorer(settings.match().weights(), settings.match().skill(), SkillCanonicalizer.identity());
        streams = new KafkaStreams(
                MatchTopology.build(
                        settings, registry, scorer, new MatchExplainer(ReasoningRewriter.NONE), embeddings, locator),
                properties(kafka, stateDir, matching));
        writeBack = new MatchWriteBack(writeBackSettings, registry);
        writeBackThread = new Thread(writeBack, "hirehub-match-writeback");
        writeBackThread.setDaemon(true);
    }

    static Properties properties(final String kafka, final Path stateDir, final MatchingSettings matching) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // A job's path crosses four exactly-once hops (job rows → profile → broadcast → partial tops);
        // each waits for the upstream commit, so the interval bounds the latency of every hop.
        props.put(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                matching.commitInterval().toMillis());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, matching.streamThreads());
        // A job change scores ~N×10 candidates per task and writes up to N pairs: keep poll batches
        // small so one transaction never outlives its timeout (a bulk load of thousands of jobs
        // otherwise aborts transactions and the producer restarts with OutOfOrderSequence errors).
        props.put(StreamsConfig.consumerPrefix("max.poll.records"), 50);
        props.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), 300_000);
        return props;
    }

    /** Builds and starts the streams application and the write-back, embedding jobs locally. */
    public static MatchingRuntime start(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final String registryUrl,
            final Path stateDir,
            final int partitions,
            final MatchingSettings matching) {
        Objects.requireNonNull(stateDir, "stateDir");
        final MatchingRuntime runtime = new MatchingRuntime(
                kafka, jdbc, registryUrl, stateDir, partitions, matching, new LocalHashingEmbeddingProvider());
        runtime.streams.setUncaughtExceptionHandler(e -> {
            LOG.error(
                    "matching stream thread died ({}); replacing it",
                    e.getClass().getSimpleName(),
                    e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        runtime.streams.start();
        runtime.writeBackThread.start();
        LOG.info(
                "matching started (state {}, {} stream threads), write-back consuming {}",
                stateDir,
                matching.streamThreads(),
                Topics.MATCHES);
        return runtime;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The merged top-N of a job held by this instance ({@code match:job:{job_id}:top}). */
    public Optional<Values.JobTop> top(final String jobId) {
        return Optional.ofNullable(
                this.<Values.JobTop>store(MatchNames.JOB_TOP_STORE).get(jobId));
    }

    /** A user's recommended jobs held by this instance ({@code match:user:{user_id}:recommended}). */
    public Optional<Values.RankedList> recommended(final String userId) {
        return Optional.ofNullable(
                this.<Values.RankedList>store(MatchNames.USER_RECOMMENDED_STORE).get(userId));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(final String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    @Override
    public void close() {
        writeBack.close();
        streams.close(Duration.ofSeconds(20));
        locator.close();
    }
}
