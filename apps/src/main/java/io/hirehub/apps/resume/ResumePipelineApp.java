package io.hirehub.apps.resume;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hirehub.apps.streams.Resources;
import io.hirehub.apps.streams.StreamsApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.apps.streams.WriteBackPart;
import io.hirehub.connectors.writeback.resume.ResumeWriteBack;
import io.hirehub.connectors.writeback.resume.ResumeWriteBackSettings;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import io.hirehub.topologies.resume.pipeline.ResumePipelinePorts;
import io.hirehub.topologies.resume.pipeline.ResumePipelineSettings;
import io.hirehub.topologies.resume.pipeline.ResumePipelineTopology;
import io.hirehub.topologies.resume.pipeline.RetryingObjectStore;
import io.hirehub.topologies.resume.pipeline.S3ObjectStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The resume pipeline (one {@link StreamsApp}: upload → text → PII masking → analysis) and its
 * PostgreSQL write-back, whose {@code resume.processed} rows go through the transactional outbox of
 * {@code schemas}: what {@code hirehub dev} and {@code hirehub resume-pipeline run} start. The two
 * report their states as the parts {@link #PART} and {@link #WRITE_BACK}.
 *
 * <p>No store of this application holds a resume's analysis: its state is the {@code resumes.status}
 * row (and the {@code ai_tasks} rows) the write-back writes, so that is where a reader looks.
 */
public final class ResumePipelineApp implements AutoCloseable {

    /** Kafka Streams application id (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = ResumePipelineSettings.DEFAULT_APPLICATION_ID;
    /** Part name of the Kafka Streams application. */
    public static final String PART = "resume-pipeline";
    /** Part name of the PostgreSQL write-back. */
    public static final String WRITE_BACK = "resume-writeback";

    private final StreamsApp app;

    private ResumePipelineApp(final StreamsApp app) {
        this.app = app;
    }

    /**
     * The pipeline's Kafka Streams settings: its id and {@code threads}, and the poll and transaction
     * limits of a step that can take seconds; replication and standbys are the caller's
     * ({@link StreamsAppSettings#withReplication}).
     */
    public static StreamsAppSettings streamsSettings(final String kafka, final Path stateDir, final int threads) {
        return StreamsAppSettings.of(APPLICATION_ID, kafka, stateDir)
                .withStreamThreads(threads)
                // One resume can take seconds (PDF parsing, providers): small batches keep every poll
                // inside max.poll.interval.
                .withOverrides(Map.of(
                        StreamsConfig.consumerPrefix("max.poll.records"), 10,
                        StreamsConfig.producerPrefix("transaction.timeout.ms"), 60_000));
    }

    /** Builds and starts the pipeline and its write-back; their states go to {@code board}. */
    public static ResumePipelineApp start(
            final StreamsAppSettings streams,
            final ResumeAnalysisSettings analysis,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3Endpoint,
            final String registryUrl,
            final PartBoard board) {
        final Resources resources = new Resources();
        final SchemaRegistryClient registry;
        final S3Client s3;
        final ResumeAnalyzerFactory.Handle analyzer;
        final HikariDataSource pool;
        try {
            registry = resources.add(HttpSchemaRegistryClient.of(registryUrl));
            s3 = resources.add(S3Clients.create(s3Endpoint));
            analyzer = resources.add(ResumeAnalyzerFactory.create(analysis, Clock.systemUTC()));
            pool = resources.add(writeBackPool(jdbc));
        } catch (RuntimeException | Error e) {
            resources.close();
            throw e;
        }
        final ResumePipelinePorts ports = new ResumePipelinePorts(
                analyzer.analyzer(),
                RetryingObjectStore.withDefaults(new S3ObjectStore(s3)),
                registry,
                Clock.systemUTC());
        final ResumeWriteBackSettings writeBack = ResumeWriteBackSettings.defaults(streams.bootstrapServers());
        // The write-back stops before the pool and the registry it uses close.
        return new ResumePipelineApp(StreamsApp.start(
                streams,
                ResumePipelineTopology.build(new ResumePipelineSettings(streams.applicationId()), ports),
                board,
                PART,
                List.of(new WriteBackPart<>(
                        WRITE_BACK,
                        Topics.RESUME_ANALYSIS_RESULTS.name(),
                        assignments -> new ResumeWriteBack(writeBack, pool, registry, assignments))),
                resources));
    }

    private static HikariDataSource writeBackPool(final Endpoints.Jdbc jdbc) {
        final HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc.url());
        config.setUsername(jdbc.user());
        config.setPassword(jdbc.password());
        config.setMaximumPoolSize(2);
        config.setPoolName("hirehub-resume-writeback");
        return new HikariDataSource(config);
    }

    /** Waits until the application is RUNNING and the write-back consumes; throws if either fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        app.awaitRunning(timeout);
    }

    /** The running Kafka Streams application, for its metrics. */
    public org.apache.kafka.streams.KafkaStreams streams() {
        return app.streams();
    }

    @Override
    public void close() {
        app.close();
    }
}
