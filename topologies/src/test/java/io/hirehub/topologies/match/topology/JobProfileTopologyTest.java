package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.JobProfile;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.ReasoningRewriter;
import io.hirehub.topologies.streams.SourcePositions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CDC rows → job profile → matches, in one TopologyTestDriver. */
class JobProfileTopologyTest {

    private static final String JOB = MatchTopologyTest.JOB;
    private static final String COMPANY = "00000000-0000-0000-0000-0000000000c1";
    private static final String JAVA = "00000000-0000-0000-0000-000000000501";
    private static final String KAFKA = "00000000-0000-0000-0000-000000000502";
    private static final String PG = "00000000-0000-0000-0000-000000000503";
    private static final String TEMPORAL = "00000000-0000-0000-0000-000000000504";

    @TempDir
    Path state;

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final AvroSerializer<SpecificRecord> avro = new AvroSerializer<>(registry);
    private final AtomicInteger embedCalls = new AtomicInteger();
    private TopologyTestDriver driver;
    private Properties props;
    private EmbeddingProvider embeddings;
    private TestOutputTopic<String, byte[]> profiles;
    private TestOutputTopic<String, byte[]> matches;

    @BeforeEach
    void start() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "hirehub-matching-cdc-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        final EmbeddingProvider embeddings = new EmbeddingProvider() {
            @Override
            public float[][] embed(final List<String> texts) {
                embedCalls.incrementAndGet();
                final List<Float> v = MatchDriver.vector(1, 1, 0, 0);
                final float[] out = new float[v.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = v.get(i);
                }
                return new float[][] {out};
            }

            @Override
            public int dimensions() {
                return MatchDriver.DIMS;
            }

            @Override
            public String modelId() {
                return "test";
            }
        };
        this.props = props;
        this.embeddings = embeddings;
        driver = newDriver();
        profiles = driver.createOutputTopic(
                Topics.JOB_PROFILES.name(), new StringDeserializer(), new ByteArrayDeserializer());
        matches =
                driver.createOutputTopic(Topics.MATCHES.name(), new StringDeserializer(), new ByteArrayDeserializer());
        pipe(
                Topics.SKILL_TAGS.name(),
                JAVA,
                SkillTag.newBuilder()
                        .setId(UUID.fromString(JAVA))
                        .setName("java")
                        .build());
        pipe(
                Topics.SKILL_TAGS.name(),
                KAFKA,
                SkillTag.newBuilder()
                        .setId(UUID.fromString(KAFKA))
                        .setName("kafka")
                        .build());
        pipe(
                Topics.SKILL_TAGS.name(),
                PG,
                SkillTag.newBuilder()
                        .setId(UUID.fromString(PG))
                        .setName("postgresql")
                        .build());
        pipe(
                Topics.COMPANIES.name(),
                COMPANY,
                Company.newBuilder()
                        .setId(UUID.fromString(COMPANY))
                        .setName("하이어허브")
                        .setCompanySize("51-200")
                        .setIndustry("IT")
                        .setLocation("서울")
                        .build());
    }

    private TopologyTestDriver newDriver() {
        return new TopologyTestDriver(
                MatchTopology.build(
                        MatchTopologySettings.defaults(1).withDimensions(MatchDriver.DIMS),
                        registry,
                        MatchScorer.defaults(),
                        new MatchExplainer(ReasoningRewriter.NONE),
                        embeddings,
                        matchId -> java.util.Optional.empty()),
                props,
                MatchDriver.T0);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldBuildAProfileFromTheJobItsSkillsAndCompanyAndMatchIt() {
        pipe(
                Topics.RESUME_PROFILES.name(),
                MatchTopologyTest.RES,
                MatchDriver.resume(MatchTopologyTest.RES, MatchTopologyTest.USER)
                        .build());
        pipe(Topics.JOBS.name(), JOB, job(3).build());
        skill(JAVA, true);
        skill(KAFKA, true);
        skill(PG, false);
        assertThat(profiles.readRecordsToList())
                .as("nothing before the rows settle")
                .isEmpty();
        settle();

        final List<TestRecord<String, byte[]>> out = profiles.readRecordsToList();
        assertThat(out).as("one profile for the job and its three skills").hasSize(1);
        final JobProfile last = decode(out.get(0).value());
        assertThat(last.getRequiredSkills()).containsExactly("java", "kafka");
        assertThat(last.getPreferredSkills())
                .as("job_skills' preferred skill, and the skill the title names (Backend Engineer)")
                .containsExactly("Backend Development", "postgresql");
        assertThat(last.getCompanySize()).isEqualTo("51-200");
        assertThat(last.getCompanyIndustry()).isEqualTo("IT");
        assertThat(last.getEmbedding()).hasSize(MatchDriver.DIMS);
        assertThat(matches.readKeyValuesToMap()).containsKey(JOB + ":" + MatchTopologyTest.RES);
    }

    @Test
    void shouldPublishNothingWhenOnlyCountersChangeAndATombstoneWhenTheJobIsDeleted() {
        pipe(Topics.JOBS.name(), JOB, job(3).build());
        skill(JAVA, true);
        settle();
        profiles.readRecordsToList();
        final int embeddedBefore = embedCalls.get();

        pipe(
                Topics.JOBS.name(),
                JOB,
                job(3).setViewsCount(120).setAppliesCount(7).build());
        settle();
        assertThat(profiles.readRecordsToList()).isEmpty();
        assertThat(embedCalls.get()).isEqualTo(embeddedBefore);

        pipe(Topics.JOBS.name(), JOB, job(5).build());
        settle();
        assertThat(profiles.readRecordsToList())
                .singleElement()
                .satisfies(r -> assertThat(decode(r.value()).getExperienceMin()).isEqualTo(5));
        assertThat(embedCalls.get()).as("text unchanged: no re-embedding").isEqualTo(embeddedBefore);

        driver.createInputTopic(Topics.JOBS.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(JOB, null);
        assertThat(profiles.readRecordsToList())
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
    }

    @Test
    void shouldCarryTheHighestLsnOfTheJobsRowsIntoItsProfileAndItsTop() {
        pipe(
                Topics.RESUME_PROFILES.name(),
                MatchTopologyTest.RES,
                MatchDriver.resume(MatchTopologyTest.RES, MatchTopologyTest.USER)
                        .build());
        pipeAt(Topics.JOBS.name(), JOB, job(3).build(), 1_000);
        skillAt(KAFKA, 1_200);
        skillAt(JAVA, 1_100);
        settle();

        final TestRecord<String, byte[]> profile = profiles.readRecordsToList().get(0);
        assertThat(SourcePositions.read(profile.headers(), SourcePositions.POSITION))
                .as("the highest LSN among the job's rows, not the last one piped")
                .isEqualTo(1_200);
        final org.apache.kafka.streams.state.KeyValueStore<String, Values.JobTop> tops =
                driver.getKeyValueStore(MatchNames.JOB_TOP_STORE);
        assertThat(tops.get(JOB).position()).isEqualTo(1_200);
        assertThat(TopMatches.of(tops.get(JOB), 0, 20).reflects(1_200)).isTrue();
        assertThat(TopMatches.of(tops.get(JOB), 0, 20).reflects(1_201)).isFalse();

        pipeAt(Topics.JOBS.name(), JOB, job(5).build(), 2_000);
        settle();
        assertThat(tops.get(JOB).position())
                .as("a scoring change moves the top's position")
                .isEqualTo(2_000);

        pipe(
                Topics.RESUME_PROFILES.name(),
                MatchTopologyTest.RES,
                MatchDriver.resume(MatchTopologyTest.RES, MatchTopologyTest.USER)
                        .setTotalExperienceYears(new java.math.BigDecimal("6.0"))
                        .build());
        assertThat(tops.get(JOB).position())
                .as("a resume change re-ranks the job without forgetting which job version it scored")
                .isEqualTo(2_000);

        pipeAt(Topics.JOBS.name(), JOB, job(5).setViewsCount(99).build(), 3_000);
        settle();
        assertThat(tops.get(JOB).position())
                .as("a change nothing scores publishes no profile: the top keeps the last scored position")
                .isEqualTo(2_000);
    }

    @Test
    void shouldHoldAPendingJobInItsStoreUntilItsRowsSettle() {
        pipe(Topics.JOBS.name(), JOB, job(3).build());
        skill(JAVA, true);
        final org.apache.kafka.streams.state.KeyValueStore<String, Long> pending =
                driver.getKeyValueStore(MatchNames.JOB_PENDING_STORE);
        assertThat(pending.get(JOB))
                .as("pending mark, changelogged so a crash cannot lose it")
                .isNotNull();

        driver.advanceWallClockTime(java.time.Duration.ofMillis(50));
        skill(KAFKA, true);
        driver.advanceWallClockTime(java.time.Duration.ofMillis(60));
        assertThat(profiles.readRecordsToList())
                .as("the second skill restarted the settle time")
                .isEmpty();

        settle();
        assertThat(profiles.readRecordsToList())
                .singleElement()
                .satisfies(
                        r -> assertThat(decode(r.value()).getRequiredSkills()).containsExactly("java", "kafka"));
        assertThat(pending.get(JOB)).isNull();
    }

    @Test
    void shouldPublishTheTombstoneOfADeletedJobAtOnce() {
        pipe(Topics.JOBS.name(), JOB, job(3).build());
        settle();
        profiles.readRecordsToList();

        driver.createInputTopic(Topics.JOBS.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(JOB, null);

        assertThat(profiles.readRecordsToList())
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
    }

    @Test
    void shouldSendAJobSkillWhoseKeyIsNotAPairToTheDeadLetterTopic() {
        final TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(
                Topics.MATCHING_DLQ.name(), new StringDeserializer(), new ByteArrayDeserializer());
        pipe(Topics.JOBS.name(), JOB, job(3).build());
        final byte[] row = avro.serialize(
                Topics.JOB_SKILLS.name(),
                JobSkill.newBuilder()
                        .setJobId(UUID.fromString(JOB))
                        .setSkillId(UUID.fromString(JAVA))
                        .setIsRequired(true)
                        .build());
        driver.createInputTopic(Topics.JOB_SKILLS.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(JAVA, row);
        driver.createInputTopic(Topics.JOB_SKILLS.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput("not-a-key", null);
        settle();

        final List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly(JAVA, "not-a-key");
        // The dead letter keeps where the row was and what it was (size, digest, ids), not its bytes.
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8))
                .startsWith("{\"dead_letter\":1,\"source\":{\"topic\":\"" + Topics.JOB_SKILLS.name()
                        + "\",\"partition\":0,\"offset\":0}")
                .contains("\"payload\":{\"bytes\":" + row.length + ",\"sha256\":\"", JOB, JAVA);
        assertThat(new String(
                        dead.get(0)
                                .headers()
                                .lastHeader(DeadLetterHeaders.ERROR_MESSAGE)
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo("key must be {job_id}:{skill_id}, got '" + JAVA + "'");
        assertThat(profiles.readRecordsToList())
                .singleElement()
                .as("the job publishes without the skill")
                .satisfies(
                        r -> assertThat(decode(r.value()).getRequiredSkills()).isEmpty());
    }

    @Test
    void shouldRecogniseATagAddedToSkillTagsInTheNextJobWithoutARestart() {
        pipe(Topics.JOBS.name(), JOB, job(3).setDescription("Temporal 워크플로 운영").build());
        settle();
        assertThat(decode(profiles.readRecordsToList().get(0).value()).getPreferredSkills())
                .as("no such tag yet")
                .doesNotContain("Temporal");

        pipe(
                Topics.SKILL_TAGS.name(),
                TEMPORAL,
                SkillTag.newBuilder()
                        .setId(UUID.fromString(TEMPORAL))
                        .setName("Temporal")
                        .setSynonyms(List.of("템포럴"))
                        .build());
        pipe(Topics.JOBS.name(), JOB, job(4).setDescription("템포럴 워크플로 운영").build());
        settle();

        assertThat(decode(profiles.readRecordsToList().get(0).value()).getPreferredSkills())
                .as("the new tag's synonym, read from the changelog a moment ago")
                .contains("Temporal");
    }

    @Test
    void shouldForgetADeletedTag() {
        pipe(
                Topics.SKILL_TAGS.name(),
                TEMPORAL,
                SkillTag.newBuilder()
                        .setId(UUID.fromString(TEMPORAL))
                        .setName("Temporal")
                        .build());
        driver.createInputTopic(Topics.SKILL_TAGS.name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(TEMPORAL, null);
        pipe(Topics.JOBS.name(), JOB, job(3).setDescription("Temporal 워크플로 운영").build());
        settle();

        assertThat(decode(profiles.readRecordsToList().get(0).value()).getPreferredSkills())
                .doesNotContain("Temporal");
    }

    /** Lets the wall clock pass the default settle time, so pending jobs publish. */
    private void settle() {
        driver.advanceWallClockTime(java.time.Duration.ofMillis(150));
    }

    private Job.Builder job(final int experienceMin) {
        return Job.newBuilder()
                .setId(UUID.fromString(JOB))
                .setCompanyId(UUID.fromString(COMPANY))
                .setTitle("Backend Engineer")
                .setDescription("Kafka Streams 서비스 개발")
                .setRequirements("Java 3년 이상")
                .setExperienceMin(experienceMin)
                .setExperienceMax(7)
                .setLocation("서울")
                .setStatus(JobStatus.OPEN)
                .setViewsCount(0)
                .setAppliesCount(0);
    }

    private void skill(final String skillId, final boolean required) {
        pipe(
                Topics.JOB_SKILLS.name(),
                JOB + ":" + skillId,
                JobSkill.newBuilder()
                        .setJobId(UUID.fromString(JOB))
                        .setSkillId(UUID.fromString(skillId))
                        .setIsRequired(required)
                        .build());
    }

    private void skillAt(final String skillId, final long lsn) {
        pipeAt(
                Topics.JOB_SKILLS.name(),
                JOB + ":" + skillId,
                JobSkill.newBuilder()
                        .setJobId(UUID.fromString(JOB))
                        .setSkillId(UUID.fromString(skillId))
                        .setIsRequired(true)
                        .build(),
                lsn);
    }

    /** A CDC row with its {@code lsn} header, as the CDC transform writes it. */
    private void pipeAt(final String topic, final String key, final SpecificRecord value, final long lsn) {
        final org.apache.kafka.common.header.internals.RecordHeaders headers =
                new org.apache.kafka.common.header.internals.RecordHeaders();
        headers.add(SourcePositions.CDC_LSN, Long.toString(lsn).getBytes(StandardCharsets.UTF_8));
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(key, avro.serialize(topic, value), headers, MatchDriver.T0));
    }

    private void pipe(final String topic, final String key, final SpecificRecord value) {
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())
                .pipeInput(key, avro.serialize(topic, value));
    }

    private JobProfile decode(final byte[] bytes) {
        return new AvroDeserializer<>(registry, JobProfile.class).deserialize(Topics.JOB_PROFILES.name(), bytes);
    }
}
