package io.hirehub.apps.apply;

import io.hirehub.apps.streams.LocalStores;
import io.hirehub.apps.streams.Resources;
import io.hirehub.apps.streams.StreamsApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.apps.streams.WriteBackPart;
import io.hirehub.connectors.writeback.apply.ApplySink;
import io.hirehub.connectors.writeback.apply.ApplyWriteBack;
import io.hirehub.connectors.writeback.apply.ApplyWriteBackSettings;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.topologies.apply.query.ApplicationQueries;
import io.hirehub.topologies.apply.topology.ApplicationsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The applications application (one {@link StreamsApp} running {@link ApplicationsTopology}) and its two
 * write-backs: {@code jobs.applies_count/views_count} and late {@code applications.match_score}. What
 * {@code hirehub dev} starts; its stores answer the {@link ApplicationQueries} port.
 */
public final class ApplicationsApp implements AutoCloseable {

    /** Kafka Streams application id (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "hirehub-applications";
    /** Part name of the Kafka Streams application. */
    public static final String PART = "applications";
    /** Part name of the job counters write-back. */
    public static final String COUNTS_WRITE_BACK = "apply-counts-writeback";
    /** Part name of the match score write-back. */
    public static final String SCORES_WRITE_BACK = "apply-scores-writeback";

    private final StreamsApp app;
    private final ApplicationQueries queries;

    private ApplicationsApp(final StreamsApp app) {
        this.app = app;
        this.queries = new StoreApplicationQueries(LocalStores.of(app));
    }

    /** The applications' Kafka Streams settings (replication and standbys are the caller's). */
    public static StreamsAppSettings streamsSettings(final String kafka, final Path stateDir) {
        return StreamsAppSettings.of(APPLICATION_ID, kafka, stateDir);
    }

    /**
     * Builds and starts the application and its write-backs.
     *
     * @param database where {@code jobs} (job-service) and {@code applications} (apply-service) are
     */
    public static ApplicationsApp start(
            final StreamsAppSettings streams,
            final MigrationSettings database,
            final String registryUrl,
            final PartBoard board) {
        final Resources resources = new Resources();
        final SchemaRegistryClient registry;
        try {
            registry = resources.add(HttpSchemaRegistryClient.of(registryUrl));
        } catch (RuntimeException | Error e) {
            resources.close();
            throw e;
        }
        final ApplyWriteBackSettings counts = ApplyWriteBackSettings.of(
                streams.bootstrapServers(),
                database.jdbcUrlFor(HirehubService.JOB),
                database.user(),
                database.password(),
                database.schemaFor(HirehubService.JOB));
        final ApplyWriteBackSettings scores = ApplyWriteBackSettings.of(
                streams.bootstrapServers(),
                database.jdbcUrlFor(HirehubService.APPLY),
                database.user(),
                database.password(),
                database.schemaFor(HirehubService.APPLY));
        final StreamsApp app = StreamsApp.start(
                streams,
                ApplicationsTopology.build(registry),
                board,
                PART,
                List.of(
                        new WriteBackPart<>(
                                COUNTS_WRITE_BACK,
                                ApplySink.JOB_COUNTS.topic().name(),
                                assignments -> new ApplyWriteBack(ApplySink.JOB_COUNTS, counts, registry, assignments)),
                        new WriteBackPart<>(
                                SCORES_WRITE_BACK,
                                ApplySink.APPLICATION_SCORES.topic().name(),
                                assignments -> new ApplyWriteBack(
                                        ApplySink.APPLICATION_SCORES, scores, registry, assignments))),
                resources);
        return new ApplicationsApp(app);
    }

    /** Waits until the application is RUNNING and both write-backs consume; throws if one fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        app.awaitRunning(timeout);
    }

    /** The interactive queries of this instance's applications stores. */
    public ApplicationQueries queries() {
        return queries;
    }

    /** The running Kafka Streams application, for its metrics. */
    public KafkaStreams streams() {
        return app.streams();
    }

    @Override
    public void close() {
        app.close();
    }
}
