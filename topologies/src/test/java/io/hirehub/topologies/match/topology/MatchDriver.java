package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.JobProfile;
import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.avro.event.MatchCalculated;
import io.hirehub.avro.event.MatchRecommended;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.MatchWeights;
import io.hirehub.topologies.match.scoring.ReasoningRewriter;
import io.hirehub.topologies.match.scoring.RecommendationSettings;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.scoring.SkillScoreSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** A TopologyTestDriver around the matching topology with 8-dim vectors and Avro helpers. */
final class MatchDriver implements AutoCloseable {

    static final int DIMS = 8;
    static final String APP = "hirehub-matching-test";
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    final InMemorySchemaRegistryClient registry;
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> jobs;
    final TestInputTopic<String, byte[]> resumes;
    final TestOutputTopic<String, byte[]> matches;
    final TestOutputTopic<String, byte[]> calculated;
    final TestOutputTopic<String, byte[]> recommended;
    final TestOutputTopic<String, byte[]> dlq;
    private final AvroSerializer<org.apache.avro.specific.SpecificRecord> serializer;

    /**
     * The weights the fixtures' scores were written for (those before the text component existed): these tests
     * check what the topology does with a score (thresholds, hysteresis, retractions), not how scores are weighed,
     * which MatchQualityReportTest measures.
     */
    static final MatchWeights FIXTURE_WEIGHTS = new MatchWeights(
            new BigDecimal("0.40"), new BigDecimal("0.25"), new BigDecimal("0.15"), new BigDecimal("0.20"));

    /**
     * Exact skill credit only, as the fixtures' scores were written before related-skill credit, for the same reason
     * as {@link #FIXTURE_WEIGHTS}.
     */
    static final SkillScoreSettings FIXTURE_SKILLS = SkillScoreSettings.DEFAULTS.withoutRelatedCredit();

    /**
     * The thresholds the fixtures' scores were written for (min score 50, recommendation 70), for the same reason as
     * {@link #FIXTURE_WEIGHTS}: the defaults are calibrated on the ranking set, these tests check behaviour.
     */
    static final MatchSettings FIXTURE_MATCH = new MatchSettings(
            MatchSettings.DEFAULTS.topN(),
            MatchSettings.DEFAULTS.preselectFactor(),
            MatchSettings.DEFAULTS.weights(),
            FIXTURE_SKILLS,
            new RecommendationSettings(new BigDecimal("50.00"), new BigDecimal("70.00"), new BigDecimal("5.00")));

    MatchDriver(final Path stateDir, final InMemorySchemaRegistryClient registry) {
        this(stateDir, registry, new MatchScorer(FIXTURE_WEIGHTS, FIXTURE_SKILLS, SkillCanonicalizer.identity()));
    }

    MatchDriver(final Path stateDir, final InMemorySchemaRegistryClient registry, final MatchScorer scorer) {
        this(stateDir, registry, scorer, FIXTURE_MATCH);
    }

    MatchDriver(
            final Path stateDir,
            final InMemorySchemaRegistryClient registry,
            final MatchScorer scorer,
            final MatchSettings match) {
        this.registry = registry;
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        final MatchTopologySettings settings =
                MatchTopologySettings.defaults(1).withDimensions(DIMS).withMatch(match);
        driver = new TopologyTestDriver(
                MatchTopology.build(
                        settings, registry, scorer, new MatchExplainer(ReasoningRewriter.NONE), this::pairOf),
                props,
                T0);
        serializer = new AvroSerializer<>(registry);
        final StringSerializer keys = new StringSerializer();
        jobs = driver.createInputTopic(
                Topics.JOB_PROFILES.name(), keys, new ByteArraySerializer(), T0, java.time.Duration.ZERO);
        resumes = driver.createInputTopic(
                Topics.RESUME_PROFILES.name(), keys, new ByteArraySerializer(), T0, java.time.Duration.ZERO);
        matches = out(Topics.MATCHES.name());
        calculated = out(Topics.MATCH_CALCULATED.name());
        recommended = out(Topics.MATCH_RECOMMENDED.name());
        dlq = out(Topics.MATCHING_DLQ.name());
    }

    private TestOutputTopic<String, byte[]> out(final String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Stands in for the matches table: the rows the write-back would have written for the drained pairs. */
    final Map<String, PairKey> matchRows = new HashMap<>();

    private Optional<PairKey> pairOf(final String matchId) {
        return Optional.ofNullable(matchRows.get(matchId));
    }

    void job(final JobProfile job) {
        jobs.pipeInput(job.getJobId().toString(), serializer.serialize(Topics.JOB_PROFILES.name(), job));
    }

    void deleteJob(final String jobId) {
        jobs.pipeInput(jobId, null);
    }

    void resume(final ResumeProfile resume) {
        resumes.pipeInput(resume.getResumeId().toString(), serializer.serialize(Topics.RESUME_PROFILES.name(), resume));
    }

    void deleteResume(final String resumeId) {
        resumes.pipeInput(resumeId, null);
    }

    /** Drained MATCHES records: value null for tombstones. */
    List<KeyValue<String, MatchDetail>> drainMatches() {
        final AvroDeserializer<MatchDetail> d = new AvroDeserializer<>(registry, MatchDetail.class);
        final List<KeyValue<String, MatchDetail>> out = new ArrayList<>();
        for (final TestRecord<String, byte[]> r : matches.readRecordsToList()) {
            out.add(KeyValue.pair(r.key(), r.value() == null ? null : d.deserialize(Topics.MATCHES.name(), r.value())));
            final PairKey pair = PairKey.parse(r.key());
            if (r.value() == null) {
                matchRows.remove(pair.matchId().toString());
            } else {
                matchRows.put(pair.matchId().toString(), pair);
            }
        }
        return out;
    }

    List<MatchCalculated> drainCalculated() {
        final AvroDeserializer<MatchCalculated> d = new AvroDeserializer<>(registry, MatchCalculated.class);
        return calculated.readValuesToList().stream()
                .map(v -> d.deserialize(Topics.MATCH_CALCULATED.name(), v))
                .toList();
    }

    List<MatchRecommended> drainRecommended() {
        final AvroDeserializer<MatchRecommended> d = new AvroDeserializer<>(registry, MatchRecommended.class);
        return recommended.readValuesToList().stream()
                .map(v -> d.deserialize(Topics.MATCH_RECOMMENDED.name(), v))
                .toList();
    }

    <V> KeyValueStore<String, V> store(final String name) {
        return driver.getKeyValueStore(name);
    }

    Values.JobTop top(final String jobId) {
        return this.<Values.JobTop>store(MatchNames.JOB_TOP_STORE).get(jobId);
    }

    Values.RankedList recommendedFor(final String userId) {
        return this.<Values.RankedList>store(MatchNames.USER_RECOMMENDED_STORE).get(userId);
    }

    @Override
    public void close() {
        driver.close();
    }

    // ---- fixtures ----------------------------------------------------------------------------

    static List<Float> vector(final float... head) {
        final float[] v = new float[DIMS];
        System.arraycopy(head, 0, v, 0, head.length);
        double norm = 0;
        for (final float f : v) {
            norm += f * f;
        }
        final List<Float> out = new ArrayList<>();
        for (final float f : v) {
            out.add((float) (f / Math.sqrt(norm)));
        }
        return out;
    }

    static JobProfile.Builder job(final String jobId) {
        return JobProfile.newBuilder()
                .setJobId(UUID.fromString(jobId))
                .setCompanyId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"))
                .setTitle("Backend Engineer")
                .setStatus("open")
                .setRequiredSkills(List.of("java", "kafka"))
                .setPreferredSkills(List.of("postgresql"))
                .setExperienceMin(3)
                .setExperienceMax(7)
                .setLocation("서울")
                .setEmbedding(vector(1, 1, 0, 0))
                .setUpdatedAt(T0);
    }

    static ResumeProfile.Builder resume(final String resumeId, final String userId) {
        return ResumeProfile.newBuilder()
                .setResumeId(UUID.fromString(resumeId))
                .setUserId(UUID.fromString(userId))
                .setSkills(List.of(skill("java", 5), skill("kafka", 4), skill("postgresql", 3)))
                .setTotalExperienceYears(new BigDecimal("5.0"))
                .setDesiredPosition("Backend Engineer")
                .setLocation("서울")
                .setEmbedding(vector(1, 1, 0, 0))
                .setUpdatedAt(T0);
    }

    static ResumeProfileSkill skill(final String name, final Integer years) {
        return ResumeProfileSkill.newBuilder()
                .setName(name)
                .setYears(years)
                .setProficiency(null)
                .build();
    }
}
