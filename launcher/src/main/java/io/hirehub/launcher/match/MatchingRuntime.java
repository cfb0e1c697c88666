package io.hirehub.launcher.match;

import io.hirehub.connectors.writeback.match.MatchWriteBack;
import io.hirehub.connectors.writeback.match.MatchWriteBackSettings;
import io.hirehub.launcher.config.HirehubSettings;
import io.hirehub.launcher.config.MatchingSettings;
import io.hirehub.launcher.config.StreamsSettings;
import io.hirehub.launcher.health.AssignmentHealth;
import io.hirehub.launcher.health.PartBoard;
import io.hirehub.launcher.health.PartHealth;
import io.hirehub.launcher.health.RestartingWorker;
import io.hirehub.launcher.health.StreamsHealth;
import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.ReasoningRewriter;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.topology.MatchNames;
import io.hirehub.topologies.match.topology.MatchTopology;
import io.hirehub.topologies.match.topology.MatchTopologySettings;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
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

    /** Part name of the Kafka Streams application. */
    public static final String PART = "matching";
    /** Part name of the {@code matches} write-back. */
    public static final String WRITE_BACK = "match-writeback";

    private final KafkaStreams streams;
    private final StreamsHealth streamsHealth;
    private final PartHealth health;
    private final PartHealth writeBackHealth;
    private final JdbcMatchLocator locator;
    private final SchemaRegistryClient registry;
    private final ResumeAnalyzerFactory.EmbeddingHandle embeddings;
    private final MatchWriteBackSettings writeBackSettings;
    private RestartingWorker<MatchWriteBack> writeBack;

    private MatchingRuntime(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final String registryUrl,
            final Path stateDir,
            final int partitions,
            final HirehubSettings hirehub,
            final ResumeAnalyzerFactory.EmbeddingHandle embeddings,
            final PartBoard board) {
        final MatchingSettings matching = hirehub.matching();
        this.embeddings = embeddings;
        this.registry = HttpSchemaRegistryClient.of(registryUrl);
        final MatchTopologySettings settings =
                matching.topology(partitions, embeddings.provider().dimensions());
        this.writeBackSettings = MatchWriteBackSettings.of(kafka, jdbc.url(), jdbc.user(), jdbc.password());
        // Feedback is labelled from the rows the write-back writes: same database, same schema.
        locator = new JdbcMatchLocator(jdbc, writeBackSettings.schema());
        final MatchScorer scorer =
                new MatchScorer(settings.match().weights(), settings.match().skill(), SkillCanonicalizer.identity());
        streams = new KafkaStreams(
                MatchTopology.build(
                        settings,
                        registry,
                        scorer,
                        new MatchExplainer(ReasoningRewriter.NONE),
                        embeddings.provider(),
                        locator),
                properties(kafka, stateDir, matching, hirehub.streams()));
        health = board.health(PART);
        writeBackHealth = board.health(WRITE_BACK);
        streamsHealth = StreamsHealth.attach(streams, health, matching.streamThreads());
    }

    static Properties properties(
            final String kafka, final Path stateDir, final MatchingSettings matching, final StreamsSettings streams) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        streams.applyTo(props);
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

    /**
     * Builds and starts the streams application and the write-back; jobs are embedded with the
     * embedding provider of {@code settings}' resume analysis, the one the resume pipeline uses.
     * Refuses to start (a {@link io.hirehub.launcher.config.ConfigException}) when the resumes already analysed in the
     * database were embedded by another model or at another size.
     */
    public static MatchingRuntime start(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final String registryUrl,
            final Path stateDir,
            final int partitions,
            final HirehubSettings settings,
            final PartBoard board) {
        Objects.requireNonNull(stateDir, "stateDir");
        final ResumeAnalyzerFactory.EmbeddingHandle embeddings = ResumeAnalyzerFactory.embeddings(settings.analysis());
        final MatchingRuntime runtime;
        try {
            EmbeddingAgreement.check(jdbc, settings.postgres(), embeddings.provider());
            runtime = new MatchingRuntime(kafka, jdbc, registryUrl, stateDir, partitions, settings, embeddings, board);
        } catch (RuntimeException e) {
            embeddings.close();
            throw e;
        }
        runtime.streams.start();
        runtime.writeBack = RestartingWorker.start(
                "hirehub-match-writeback",
                runtime.writeBackHealth,
                () -> new MatchWriteBack(
                        runtime.writeBackSettings,
                        runtime.registry,
                        new AssignmentHealth(runtime.writeBackHealth, Topics.MATCHES.name())));
        LOG.info(
                "matching started (state {}, {} stream threads, embeddings {}), write-back consuming {}",
                stateDir,
                settings.matching().streamThreads(),
                embeddings.provider().modelId(),
                Topics.MATCHES);
        return runtime;
    }

    /** Waits until the application is RUNNING and the write-back consumes; throws if either fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        health.awaitRunning(timeout);
        writeBackHealth.awaitRunning(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
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
        streamsHealth.closing();
        if (writeBack != null) {
            writeBack.close();
        }
        // Leave the group: a restart then rebalances at once instead of waiting out the old members'
        // session timeout (45 s), which is what made a restarted dev take ~50 s to be ready.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(20)));
        locator.close();
        registry.close();
        embeddings.close();
    }
}
