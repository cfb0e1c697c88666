package io.hirehub.launcher.resume;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hirehub.connectors.writeback.resume.ProcessedOutbox;
import io.hirehub.connectors.writeback.resume.ResumeWriteBack;
import io.hirehub.connectors.writeback.resume.ResumeWriteBackSettings;
import io.hirehub.edge.write.Outbox;
import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.launcher.stack.S3Clients;
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
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The resume topology (exactly-once v2, state under {@code stateDir}) and its PostgreSQL write-back
 * running against given endpoints: what {@code hirehub dev} and {@code hirehub resume-pipeline run}
 * start. The write-back's resume.processed rows go through the edge writers' {@link Outbox}.
 */
public final class ResumePipelineRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResumePipelineRuntime.class);

    private final S3Client s3;
    private final HikariDataSource pool;
    private final ResumeAnalyzerFactory.Handle analyzer;
    private final KafkaStreams streams;
    private final ResumeWriteBack writeBack;
    private final Thread writeBackThread;

    private ResumePipelineRuntime(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3Endpoint,
            final String registryUrl,
            final Path stateDir,
            final ResumeAnalysisSettings analysisSettings) {
        final SchemaRegistryClient registry = HttpSchemaRegistryClient.of(registryUrl);
        this.s3 = S3Clients.create(s3Endpoint);
        this.analyzer = ResumeAnalyzerFactory.create(analysisSettings, Clock.systemUTC());
        final ResumePipelinePorts ports = new ResumePipelinePorts(
                analyzer.analyzer(),
                RetryingObjectStore.withDefaults(new S3ObjectStore(s3)),
                registry,
                Clock.systemUTC());
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, ResumePipelineSettings.DEFAULT.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // One resume can take seconds (PDF parsing, providers): keep batches small so a poll
        // interval is never exceeded; a single-broker dev stack needs replication 1.
        props.put(StreamsConfig.consumerPrefix("max.poll.records"), 10);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), 60_000);
        props.put("internal.leave.group.on.close", true);
        this.streams = new KafkaStreams(ResumePipelineTopology.build(ResumePipelineSettings.DEFAULT, ports), props);

        final HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc.url());
        config.setUsername(jdbc.user());
        config.setPassword(jdbc.password());
        config.setMaximumPoolSize(2);
        config.setPoolName("hirehub-resume-writeback");
        this.pool = new HikariDataSource(config);
        final Outbox outbox = new Outbox(registry);
        final ProcessedOutbox processed = (connection, event) -> outbox.append(
                connection,
                ProcessedOutbox.TABLE,
                List.of(new Outbox.Event(
                        event.getEventId(),
                        "resume",
                        event.getResumeId().toString(),
                        Topics.RESUME_PROCESSED,
                        event,
                        event.getOccurredAt())));
        this.writeBack = new ResumeWriteBack(ResumeWriteBackSettings.defaults(kafka), pool, registry, processed);
        this.writeBackThread = new Thread(writeBack, "hirehub-resume-writeback");
        this.writeBackThread.setDaemon(true);
    }

    /** Builds and starts both parts. */
    public static ResumePipelineRuntime start(
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3,
            final String registryUrl,
            final Path stateDir,
            final ResumeAnalysisSettings analysisSettings) {
        Objects.requireNonNull(stateDir, "stateDir");
        final ResumePipelineRuntime runtime =
                new ResumePipelineRuntime(kafka, jdbc, s3, registryUrl, stateDir, analysisSettings);
        runtime.streams.setUncaughtExceptionHandler(e -> {
            LOG.error(
                    "resume pipeline stream thread died ({}); replacing it",
                    e.getClass().getSimpleName(),
                    e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
        runtime.streams.start();
        runtime.writeBackThread.start();
        LOG.info(
                "resume pipeline started (state {}), write-back consuming {}",
                stateDir,
                Topics.RESUME_ANALYSIS_RESULTS);
        return runtime;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Results written to PostgreSQL since start. */
    public long written() {
        return writeBack.written();
    }

    @Override
    public void close() {
        writeBack.close();
        streams.close(java.time.Duration.ofSeconds(20));
        pool.close();
        analyzer.close();
        s3.close();
    }
}
