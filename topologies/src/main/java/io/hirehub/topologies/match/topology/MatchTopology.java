package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import io.hirehub.topologies.match.topology.Decoded.Tombstones;
import io.hirehub.topologies.streams.JsonSerdes;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.Properties;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The matching topology (DESIGN "Topologies" 2). Resume profiles stay on their partition; job
 * profiles are multicast to every partition of {@link MatchNames#JOB_BROADCAST}; one
 * {@link MatchProcessor} per task matches changes against local state and emits pair details
 * (→ {@link Topics#MATCHES}, also the {@link MatchNames#DETAIL_STORE} table), the two events,
 * per-shard partial tops (→ {@link TopMerger} by job_id) and per-user updates
 * (→ {@link UserRecommender} by user_id). Undecodable inputs go to {@link Topics#MATCHING_DLQ}.
 */
public final class MatchTopology {

    /**
     * The detail store is a table over {@link Topics#MATCHES}, which is compacted: it restores from
     * that topic instead of writing every pair a second time to a changelog of its own.
     */
    /**
     * Decoded job tops and recommendation lists remembered per store serde (hot keys decode once per
     * change): with the default top 100, about 15 KB of JSON each, so a few MB at most.
     */
    static final int DECODED_TOPS = 128;

    private static final Properties OPTIMIZATIONS = new Properties();

    static {
        OPTIMIZATIONS.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
    }

    private MatchTopology() {}

    /** Builds the matching part only (job profiles come from the topic); {@code registry} serves the Avro serdes. */
    public static Topology build(
            final MatchTopologySettings settings,
            final SchemaRegistryClient registry,
            final MatchScorer scorer,
            final MatchExplainer explainer,
            final MatchLocator locator) {
        final StreamsBuilder builder = new StreamsBuilder();
        addTo(builder, settings, new TopicSerdes(registry), scorer, explainer, locator);
        return builder.build(OPTIMIZATIONS);
    }

    /** Builds job-profile building from CDC ({@link JobProfileTopology}) and matching in one application. */
    public static Topology build(
            final MatchTopologySettings settings,
            final SchemaRegistryClient registry,
            final MatchScorer scorer,
            final MatchExplainer explainer,
            final EmbeddingProvider embeddings,
            final MatchLocator locator) {
        final StreamsBuilder builder = new StreamsBuilder();
        final TopicSerdes serdes = new TopicSerdes(registry);
        JobProfileTopology.addTo(builder, serdes, embeddings, settings.jobSettle());
        addTo(builder, settings, serdes, scorer, explainer, locator);
        return builder.build(OPTIMIZATIONS);
    }

    private static void addTo(
            final StreamsBuilder builder,
            final MatchTopologySettings settings,
            final TopicSerdes serdes,
            final MatchScorer scorer,
            final MatchExplainer explainer,
            final MatchLocator locator) {
        final Serde<String> keys = Serdes.String();
        addStores(builder);

        final KStream<String, JobMatchProfile> jobs = decoded(
                builder,
                serdes,
                Topics.JOB_PROFILES,
                "job-profiles",
                (id, avro) -> checked(AvroProfiles.job(avro), settings.dimensions()));
        final KStream<String, ResumeMatchProfile> resumes = decoded(
                builder,
                serdes,
                Topics.RESUME_PROFILES,
                "resume-profiles",
                (id, avro) -> checked(AvroProfiles.resume(avro), settings.dimensions()));

        final KStream<String, JobMatchProfile> broadcast =
                jobs.repartition(Repartitioned.<String, JobMatchProfile>as(MatchNames.JOB_BROADCAST)
                        .withKeySerde(keys)
                        .withValueSerde(ProfileSerdes.job())
                        .withNumberOfPartitions(settings.partitions())
                        .withStreamPartitioner(new BroadcastPartitioner<>()));

        final KStream<String, MatchOutput> out = broadcast
                .mapValues(MatchInput::ofJob, Named.as("job-input"))
                .merge(resumes.mapValues(MatchInput::ofResume, Named.as("resume-input")), Named.as("match-inputs"))
                .process(
                        () -> new MatchProcessor(settings, scorer, explainer),
                        Named.as(MatchNames.MATCHER),
                        MatchNames.JOB_PROFILES_STORE,
                        MatchNames.RESUME_PROFILES_STORE,
                        MatchNames.PAIRS_STORE,
                        MatchNames.PAIRS_BY_RESUME_STORE,
                        MatchNames.RECOMMENDED_MEMORY_STORE);

        final KStream<String, MatchDetail> details = out.filter(
                        (k, v) -> v instanceof MatchOutput.Detail, Named.as("out-detail"))
                .mapValues(v -> ((MatchOutput.Detail) v).detail(), Named.as("detail-value"));
        details.to(Topics.MATCHES.name(), serdes.produced(Topics.MATCHES, "matches-sink"));
        out.filter((k, v) -> !(v instanceof MatchOutput.Detail), Named.as("out-other"))
                .split(Named.as("out-"))
                .branch(
                        (k, v) -> v instanceof MatchOutput.Calculated,
                        Branched.withConsumer(
                                s -> s.mapValues(
                                                v -> ((MatchOutput.Calculated) v).event(), Named.as("calculated-value"))
                                        .to(
                                                Topics.MATCH_CALCULATED.name(),
                                                serdes.produced(Topics.MATCH_CALCULATED, "calculated-sink")),
                                "calculated"))
                .branch(
                        (k, v) -> v instanceof MatchOutput.Recommended,
                        Branched.withConsumer(
                                s -> s.mapValues(
                                                v -> ((MatchOutput.Recommended) v).event(),
                                                Named.as("recommended-value"))
                                        .to(
                                                Topics.MATCH_RECOMMENDED.name(),
                                                serdes.produced(Topics.MATCH_RECOMMENDED, "recommended-sink")),
                                "recommended"))
                .branch(
                        (k, v) -> v instanceof MatchOutput.PartialTop,
                        Branched.withConsumer(
                                s -> s.mapValues(v -> ((MatchOutput.PartialTop) v).top(), Named.as("partial-value"))
                                        .repartition(Repartitioned.<String, Values.ShardTop>as(MatchNames.PARTIAL_TOPS)
                                                .withKeySerde(keys)
                                                .withValueSerde(Json.serde(Values.ShardTop.class)))
                                        .process(
                                                () -> new TopMerger(
                                                        settings.match().topN(), settings.partitions()),
                                                Named.as(MatchNames.TOP_MERGER),
                                                MatchNames.JOB_PARTIALS_STORE,
                                                MatchNames.JOB_TOP_STORE),
                                "partial"))
                .branch(
                        (k, v) -> v instanceof MatchOutput.UserChange,
                        Branched.withConsumer(
                                s -> s.mapValues(v -> ((MatchOutput.UserChange) v).update(), Named.as("user-value"))
                                        .repartition(
                                                Repartitioned.<String, Values.UserUpdate>as(MatchNames.USER_UPDATES)
                                                        .withKeySerde(keys)
                                                        .withValueSerde(Json.serde(Values.UserUpdate.class)))
                                        .process(
                                                () -> new UserRecommender(settings.recommendedPerUser()),
                                                Named.as(MatchNames.USER_RECOMMENDER),
                                                MatchNames.USER_RECOMMENDED_STORE),
                                "user"));

        final KTable<String, MatchDetail> detailTable = builder.table(
                Topics.MATCHES.name(),
                serdes.consumed(Topics.MATCHES, "matches-source"),
                Materialized.as(MatchNames.DETAIL_STORE));
        FeedbackLabelling.addTo(builder, detailTable, serdes, locator);
    }

    private static void addStores(final StreamsBuilder builder) {
        persistentStore(builder, MatchNames.JOB_PROFILES_STORE, ProfileSerdes.job());
        persistentStore(builder, MatchNames.RESUME_PROFILES_STORE, ProfileSerdes.resume());
        persistentStore(builder, MatchNames.PAIRS_STORE, Json.serde(Values.PairState.class));
        persistentStore(builder, MatchNames.PAIRS_BY_RESUME_STORE, Serdes.String());
        persistentStore(builder, MatchNames.RECOMMENDED_MEMORY_STORE, Serdes.String());
        persistentStore(builder, MatchNames.JOB_PARTIALS_STORE, Json.serde(Values.ShardTop.class));
        // Read by the edge on every request for a job or user: decoded once per change, not per read.
        persistentStore(builder, MatchNames.JOB_TOP_STORE, JsonSerdes.remembering(Values.JobTop.class, DECODED_TOPS));
        persistentStore(
                builder,
                MatchNames.USER_RECOMMENDED_STORE,
                JsonSerdes.remembering(Values.RankedList.class, DECODED_TOPS));
    }

    /** Adds a changelogged RocksDB store with String keys. */
    static <V> void persistentStore(final StreamsBuilder builder, final String name, final Serde<V> values) {
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values));
    }

    /**
     * Source of Avro bytes → decoded domain values; failures to the DLQ with headers. {@code toDomain}
     * gets the key and the decoded record, never a tombstone (a tombstone stays {@code null}).
     */
    static <A, T> KStream<String, T> decoded(
            final StreamsBuilder builder,
            final TopicSerdes serdes,
            final Topic<String, A> topic,
            final String name,
            final BiFunction<String, A, T> toDomain) {
        return decoded(builder, serdes, topic, name, toDomain, Tombstones.PASS_ON);
    }

    /** As {@link #decoded(StreamsBuilder, TopicSerdes, Topic, String, BiFunction)}, choosing who sees tombstones. */
    static <A, T> KStream<String, T> decoded(
            final StreamsBuilder builder,
            final TopicSerdes serdes,
            final Topic<String, A> topic,
            final String name,
            final BiFunction<String, A, T> toDomain,
            final Tombstones tombstones) {
        final KStream<String, Decoded<T>> decoded = builder.stream(
                        topic.name(), serdes.consumedRaw(topic, name + "-source"))
                .processValues(
                        () -> Decoded.decoder(topic.name(), serdes.value(topic).deserializer(), toDomain, tombstones),
                        Named.as(name + "-decode"));
        decoded.filter((k, v) -> v.failed(), Named.as(name + "-failed"))
                .mapValues(Decoded::deadLetter, Named.as(name + "-raw"))
                .to(Topics.MATCHING_DLQ.name(), serdes.produced(Topics.MATCHING_DLQ, name + "-dlq"));
        return decoded.filter((k, v) -> !v.failed(), Named.as(name + "-ok"))
                .mapValues(Decoded::value, Named.as(name + "-value"));
    }

    private static JobMatchProfile checked(final JobMatchProfile job, final int dims) {
        if (job.embedding() != null && job.embedding().length != dims) {
            throw new IllegalArgumentException(
                    "embedding has " + job.embedding().length + " dimensions, expected " + dims);
        }
        return job;
    }

    private static ResumeMatchProfile checked(final ResumeMatchProfile resume, final int dims) {
        if (resume.embedding() != null && resume.embedding().length != dims) {
            throw new IllegalArgumentException(
                    "embedding has " + resume.embedding().length + " dimensions, expected " + dims);
        }
        return resume;
    }
}
