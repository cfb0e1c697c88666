package io.hirehub.launcher.it.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.DevStackParts;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One matching scenario on the shared stack, set up through the system of record: a company, a strong
 * and a weak jobseeker (their resume profiles published to {@code hirehub.resume.profiles} directly,
 * as the resume pipeline publishes them, to keep the tests fast) and an open job with skills that
 * only the strong one fits. Each test builds its own, with its own ids, so tests share nothing.
 */
final class MatchingScenario {

    final SharedStack stack = SharedStack.get();
    final MatchingApp matching = DevStackParts.matching(stack);
    final DataTargets targets;
    final UUID strong;
    final UUID strongResume;
    final UUID weakResume;
    final UUID job;

    private final LocalHashingEmbeddingProvider embeddings = new LocalHashingEmbeddingProvider();

    private MatchingScenario(final DataTargets targets) throws Exception {
        this.targets = targets;
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final UUID company = targets.companies()
                .create(new NewCompany(
                        null,
                        "매칭테크 " + tag,
                        null,
                        "IT/소프트웨어",
                        "51-200",
                        "서울 강남구",
                        null,
                        "설명",
                        List.of(new NewCompany.Member(null, null, "hr-" + tag + "@example.com", "김인사", "인사팀장", true))));
        strong = targets.jobseekers()
                .create(new NewJobseeker(
                        null,
                        null,
                        "a-" + tag + "@example.com",
                        "김민준",
                        "010-1234-5678",
                        5,
                        "백엔드 개발자",
                        5000,
                        7000,
                        List.of("Java", "Kafka")));
        final UUID weak = targets.jobseekers()
                .create(new NewJobseeker(
                        null,
                        null,
                        "b-" + tag + "@example.com",
                        "이서연",
                        "010-2345-6789",
                        1,
                        "디자이너",
                        3000,
                        4000,
                        List.of("Figma")));
        strongResume = UUID.randomUUID();
        weakResume = UUID.randomUUID();
        publish(resume(
                strongResume,
                strong,
                "백엔드 개발자 Java Kafka PostgreSQL 주문 API 5년",
                List.of("Java", "Kafka", "PostgreSQL"),
                "5.0",
                "백엔드 개발자"));
        publish(resume(weakResume, weak, "UI 디자이너 Figma 모바일 앱 화면 설계", List.of("Figma"), "1.0", "디자이너"));

        final Instant now = Instant.now();
        job = targets.jobs()
                .create(new NewJob(
                        null,
                        company,
                        "백엔드 개발자 (Java/Kafka)",
                        "주문 API 와 Kafka 스트림 처리",
                        "Java 3년 이상",
                        JobType.FULL_TIME,
                        ExperienceLevel.MID,
                        3,
                        7,
                        5000,
                        7000,
                        "서울 강남구",
                        RemoteType.HYBRID,
                        JobStatus.OPEN,
                        now,
                        now.plus(30, ChronoUnit.DAYS),
                        List.of(
                                new NewSkillTag("Java", SkillCategory.LANGUAGE),
                                new NewSkillTag("Kafka", SkillCategory.FRAMEWORK)),
                        List.of(new NewSkillTag("PostgreSQL", SkillCategory.DATABASE))));
    }

    /** A new scenario; close {@code targets} after the test. */
    static MatchingScenario start(final DataTargets targets) throws Exception {
        return new MatchingScenario(targets);
    }

    /**
     * Waits until the job's top-N is complete and ranks this scenario's strong resume above its weak
     * one. Other tests' resume profiles share the stack (and fit this job as well as the strong one
     * does), so only this scenario's two resumes are compared.
     */
    void awaitStrongResumeFirst() {
        final List<String> ours = List.of(strongResume.toString(), weakResume.toString());
        await().atMost(ItTimeouts.WAIT)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                .untilAsserted(() -> assertThat(matching.queries().topMatches(job.toString(), 0, 100, ReadFrom.ACTIVE))
                        .get()
                        .satisfies(top -> {
                            assertThat(top.complete()).isTrue();
                            assertThat(top.page().items())
                                    .extracting(Values.RankedMatch::resumeId)
                                    .filteredOn(ours::contains)
                                    .first()
                                    .isEqualTo(strongResume.toString());
                        }));
    }

    /** The strong pair's {@code matches} row, once the write-back has written it. */
    Map<String, Object> awaitStrongRow() {
        await().atMost(ItTimeouts.WAIT)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() ->
                        assertThat(rows()).extracting(r -> r.get("resume_id")).contains(strongResume.toString()));
        try {
            return rows().stream()
                    .filter(r -> r.get("resume_id").equals(strongResume.toString()))
                    .findFirst()
                    .orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResumeProfile resume(
            final UUID id,
            final UUID user,
            final String text,
            final List<String> skills,
            final String years,
            final String position) {
        final List<ResumeProfileSkill> list = new ArrayList<>();
        skills.forEach(s -> list.add(ResumeProfileSkill.newBuilder()
                .setName(s)
                .setYears(null)
                .setProficiency(null)
                .build()));
        final List<Float> vector = new ArrayList<>();
        for (final float f : embeddings.embed(List.of(text))[0]) {
            vector.add(f);
        }
        return ResumeProfile.newBuilder()
                .setResumeId(id)
                .setUserId(user)
                .setSkills(list)
                .setTotalExperienceYears(new BigDecimal(years))
                .setDesiredPosition(position)
                .setDesiredSalaryMin(null)
                .setDesiredSalaryMax(null)
                .setLocation("서울")
                .setEmbedding(vector)
                .setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .build();
    }

    static MatchFeedbackLabelled readLabelled(final UUID feedback) {
        final SharedStack stack = SharedStack.get();
        final AtomicReference<MatchFeedbackLabelled> found = new AtomicReference<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.kafkaBootstrap(),
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "it-feedback-" + feedback,
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                                "read_committed"),
                        new StringDeserializer(),
                        new ByteArrayDeserializer());
                AvroDeserializer<MatchFeedbackLabelled> decoder = new AvroDeserializer<>(
                        HttpSchemaRegistryClient.of(stack.registryUrl()), MatchFeedbackLabelled.class)) {
            consumer.subscribe(List.of(Topics.MATCH_FEEDBACK_LABELLED.name()));
            await().atMost(ItTimeouts.WAIT).until(() -> {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (feedback.toString().equals(r.key())) {
                        found.set(decoder.deserialize(r.topic(), r.value()));
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }

    private static void publish(final ResumeProfile profile) throws Exception {
        final SharedStack stack = SharedStack.get();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                        new StringSerializer(),
                        new ByteArraySerializer());
                AvroSerializer<SpecificRecord> avro =
                        new AvroSerializer<>(HttpSchemaRegistryClient.of(stack.registryUrl()))) {
            producer.send(new ProducerRecord<>(
                            Topics.RESUME_PROFILES.name(),
                            profile.getResumeId().toString(),
                            avro.serialize(Topics.RESUME_PROFILES.name(), profile)))
                    .get();
        }
    }

    /** The job's {@code matches} rows. */
    List<Map<String, Object>> rows() throws SQLException {
        try (Connection c = stack.connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id::text AS id, resume_id::text AS resume_id, user_id::text AS user_id, overall_score, "
                                + "score_breakdown::text AS score_breakdown, ai_reasoning, is_recommended "
                                + "FROM match_service.matches WHERE job_id = ?")) {
            ps.setObject(1, job);
            final List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Map.of(
                            "id",
                            rs.getString(1),
                            "resume_id",
                            rs.getString(2),
                            "user_id",
                            rs.getString(3),
                            "overall_score",
                            rs.getBigDecimal(4),
                            "score_breakdown",
                            rs.getString(5),
                            "ai_reasoning",
                            rs.getString(6),
                            "is_recommended",
                            rs.getBoolean(7)));
                }
            }
            return out;
        }
    }
}
