package io.hirehub.launcher.resume;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hirehub.connectors.writeback.resume.ResumeWriteBack;
import io.hirehub.connectors.writeback.resume.ResumeWriteBackSettings;
import io.hirehub.launcher.config.HirehubSettings;
import io.hirehub.launcher.health.AssignmentHealth;
import io.hirehub.launcher.health.PartBoard;
import io.hirehub.launcher.health.PartHealth;
import io.hirehub.launcher.health.RestartingWorker;
import io.hirehub.launcher.health.StreamsHealth;
import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.launcher.stack.S3Clients;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import io.hirehub.topologies.resume.pipeline.ResumePipelinePorts;
import io.hirehub.topologies.resume.pipeline.ResumePipelineSettings;
import io.hirehub.topologies.resume.pipeline.ResumePipelineTopology;
import io.hirehub.topologies.resume.pipeline.RetryingObjectStore;
import io.hirehub.topologies.resume.pipeline.S3ObjectStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The resume topology (exactly-once v2, state under {@code stateDir}) and its PostgreSQL write-back
 * running against given endpoints: what {@code hirehub dev} and {@code hirehub resume-pipeline run}
 * start. The write-back's resume.processed rows go through the transactional outbox of {@code schemas}. The two
 * report their states as the parts {@link #PIPELINE} and {@link #WRITE_BACK}.
 */
public final class ResumePipelineRuntime implements AutoCloseable {

    /** Part name of the Kafka Streams application. */
    public static final String PIPELINE = "resume-pipeline";
    /** Part name of the PostgreSQL write-back. */
    public static final String WRITE_BACK = "resume-writeback";

    private static final Logger LOG = LoggerFactory.getLogger(ResumePipelineRuntime.class);

    private final S3Client s3;
    private final HikariDataSource pool;
    private final ResumeAnalyzerFactory.Handle analyzer;
    private final SchemaRegistryClient registry;
    private final KafkaStreams streams;
    private final StreamsHealth streamsHealth;
    private final PartHealth pipelineHealth;
    private final PartHealth writeBackHealth;
    private final String kafka;
    private RestartingWorker<ResumeWriteBack> writeBack;

    private ResumePipelineRuntime(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3Endpoint,
            final String registryUrl,
            final Path stateDir,
            final HirehubSettings settings,
            final PartBoard board) {
        this.kafka = kafka;
        this.registry = HttpSchemaRegistryClient.of(registryUrl);
        this.s3 = S3Clients.create(s3Endpoint);
        this.analyzer = ResumeAnalyzerFactory.create(settings.analysis(), Clock.systemUTC());
        final ResumePipelinePorts ports = new ResumePipelinePorts(
                analyzer.analyzer(),
                RetryingObjectStore.withDefaults(new S3ObjectStore(s3)),
                registry,
                Clock.systemUTC());
        this.streams = new KafkaStreams(
                ResumePipelineTopology.build(ResumePipelineSettings.DEFAULT, ports),
                properties(kafka, stateDir, settings));
        this.pipelineHealth = board.health(PIPELINE);
        this.writeBackHealth = board.health(WRITE_BACK);
        this.streamsHealth = StreamsHealth.attach(streams, pipelineHealth, settings.resumeThreads());

        final HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc.url());
        config.setUsername(jdbc.user());
        config.setPassword(jdbc.password());
        config.setMaximumPoolSize(2);
        config.setPoolName("hirehub-resume-writeback");
        this.pool = new HikariDataSource(config);
    }

    static Properties properties(final String kafka, final Path stateDir, final HirehubSettings settings) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, ResumePipelineSettings.DEFAULT.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.resumeThreads());
        // One resume can take seconds (PDF parsing, providers): keep batches small so a poll
        // interval is never exceeded.
        props.put(StreamsConfig.consumerPrefix("max.poll.records"), 10);
        props.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), 60_000);
        settings.streams().applyTo(props);
        return props;
    }

    /** Builds and starts both parts; their states go to {@code board}. */
    public static ResumePipelineRuntime start(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3,
            final String registryUrl,
            final Path stateDir,
            final HirehubSettings settings,
            final PartBoard board) {
        Objects.requireNonNull(stateDir, "stateDir");
        final ResumePipelineRuntime runtime =
                new ResumePipelineRuntime(kafka, jdbc, s3, registryUrl, stateDir, settings, board);
        runtime.streams.start();
        runtime.writeBack =
                RestartingWorker.start("hirehub-resume-writeback", runtime.writeBackHealth, runtime::newWriteBack);
        LOG.info(
                "resume pipeline started (state {}, {} stream threads), write-back consuming {}",
                stateDir,
                settings.resumeThreads(),
                Topics.RESUME_ANALYSIS_RESULTS);
        return runtime;
    }

    private ResumeWriteBack newWriteBack() {
        return new ResumeWriteBack(
                ResumeWriteBackSettings.defaults(kafka),
                pool,
                registry,
                new AssignmentHealth(writeBackHealth, Topics.RESUME_ANALYSIS_RESULTS.name()));
    }

    /** Waits until the application is RUNNING and the write-back consumes; throws if either fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        pipelineHealth.awaitRunning(timeout);
        writeBackHealth.awaitRunning(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
    }

    public KafkaStreams.State state() {
        return streams.state();
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
        pool.close();
        analyzer.close();
        s3.close();
        registry.close();
    }
}
