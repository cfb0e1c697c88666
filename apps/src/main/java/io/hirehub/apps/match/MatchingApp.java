package io.hirehub.apps.match;

import io.hirehub.apps.streams.LocalStores;
import io.hirehub.apps.streams.Resources;
import io.hirehub.apps.streams.StreamsApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.apps.streams.WriteBackPart;
import io.hirehub.connectors.writeback.match.JdbcMatchLocator;
import io.hirehub.connectors.writeback.match.MatchWriteBack;
import io.hirehub.connectors.writeback.match.MatchWriteBackSettings;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.match.MatchingSettings;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.ReasoningRewriter;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.topology.MatchTopology;
import io.hirehub.topologies.match.topology.MatchTopologySettings;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching application (job profiles from CDC and matching, one {@link StreamsApp}) and its
 * {@code matches} write-back: what {@code hirehub dev} and {@code hirehub matching run} start.
 * Its stores answer the {@link MatchQueries} port.
 */
public final class MatchingApp implements AutoCloseable {

    /** Kafka Streams application id (consumer group, internal topic prefix). */
    public static final String APPLICATION_ID = "hirehub-matching";
    /** Part name of the Kafka Streams application. */
    public static final String PART = "matching";
    /** Part name of the {@code matches} write-back. */
    public static final String WRITE_BACK = "match-writeback";

    private static final Logger LOG = LoggerFactory.getLogger(MatchingApp.class);

    private final StreamsApp app;
    private final MatchQueries queries;

    private MatchingApp(final StreamsApp app) {
        this.app = app;
        this.queries = new StoreMatchQueries(LocalStores.of(app), app::servingProblem);
    }

    /**
     * Matching's Kafka Streams settings: its id, threads and commit interval from {@code matching},
     * and the poll and transaction limits a job change needs; replication and standbys are the
     * caller's ({@link StreamsAppSettings#withReplication}).
     */
    public static StreamsAppSettings streamsSettings(
            final String kafka, final Path stateDir, final MatchingSettings matching) {
        return StreamsAppSettings.of(APPLICATION_ID, kafka, stateDir)
                .withStreamThreads(matching.streamThreads())
                // A job's path crosses four exactly-once hops (job rows → profile → broadcast → partial
                // tops); each waits for the upstream commit, so the interval bounds every hop's latency.
                .withCommitInterval(matching.commitInterval())
                // A job change scores ~N×10 candidates per task and writes up to N pairs: small poll
                // batches keep one transaction inside its timeout (a bulk load of thousands of jobs
                // otherwise aborts transactions and the producer restarts with OutOfOrderSequence errors).
                .withOverrides(Map.of(
                        StreamsConfig.consumerPrefix("max.poll.records"), 50,
                        StreamsConfig.producerPrefix("transaction.timeout.ms"), 300_000));
    }

    /**
     * Builds and starts the application and the write-back. Jobs are embedded with the provider of
     * {@code analysis}, the one the resume pipeline embeds resumes with; refuses to start (an
     * {@link EmbeddingMismatchException}) when the resumes already analysed in {@code database} were
     * embedded by another model or at another size.
     *
     * @param partitions partitions of {@code hirehub.resume.profiles} (the job broadcast reaches each)
     * @param database   where the {@code matches} rows and the analysed resumes are
     */
    public static MatchingApp start(
            final StreamsAppSettings streams,
            final MatchingSettings matching,
            final int partitions,
            final ResumeAnalysisSettings analysis,
            final MigrationSettings database,
            final String registryUrl,
            final PartBoard board) {
        final Resources resources = new Resources();
        final ResumeAnalyzerFactory.EmbeddingHandle embeddings;
        final SchemaRegistryClient registry;
        final JdbcMatchLocator locator;
        final MatchWriteBackSettings writeBack = MatchWriteBackSettings.of(
                streams.bootstrapServers(), database.jdbcUrl(), database.user(), database.password());
        try {
            embeddings = resources.add(ResumeAnalyzerFactory.embeddings(analysis));
            EmbeddingAgreement.check(database, embeddings.provider());
            registry = resources.add(HttpSchemaRegistryClient.of(registryUrl));
            // Feedback is labelled from the rows the write-back writes: same database, same schema.
            locator = resources.add(
                    new JdbcMatchLocator(database.jdbcUrl(), database.user(), database.password(), writeBack.schema()));
        } catch (RuntimeException | Error e) {
            resources.close();
            throw e;
        }
        final MatchTopologySettings settings =
                matching.topology(partitions, embeddings.provider().dimensions());
        final MatchScorer scorer =
                new MatchScorer(settings.match().weights(), settings.match().skill(), SkillCanonicalizer.identity());
        final StreamsApp app = StreamsApp.start(
                streams,
                MatchTopology.build(
                        settings,
                        registry,
                        scorer,
                        new MatchExplainer(ReasoningRewriter.NONE),
                        embeddings.provider(),
                        locator::pairOf),
                board,
                PART,
                List.of(new WriteBackPart<>(
                        WRITE_BACK,
                        Topics.MATCHES.name(),
                        assignments -> new MatchWriteBack(writeBack, registry, assignments))),
                resources);
        LOG.info(
                "matching embeds jobs with {} ({} dimensions)",
                embeddings.provider().modelId(),
                settings.dimensions());
        return new MatchingApp(app);
    }

    /** Waits until the application is RUNNING and the write-back consumes; throws if either fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        app.awaitRunning(timeout);
    }

    /** The interactive queries of this instance's matching stores. */
    public MatchQueries queries() {
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
