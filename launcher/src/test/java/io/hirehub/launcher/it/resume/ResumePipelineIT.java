package io.hirehub.launcher.it.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.apps.resume.JdbcResumeAnalysisQueries;
import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.avro.event.ResumeProcessed;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.edge.write.NewResume;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.ResumeFixtures;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.resume.query.AnalysisStep;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole resume flow on the shared stack, whose parts include the CDC runner and the resume
 * pipeline: the edge writer stores the file in S3 and the resumes row + resume.uploaded outbox row
 * in PostgreSQL → CDC → resume.uploaded → topology → analysis result → write-back → resume ready
 * with all its rows, and resume.processed on its topic (through CDC again, from ai_outbox).
 */
class ResumePipelineIT {

    private static final Duration WAIT = ItTimeouts.WAIT;
    private static DataTargets targets;

    @BeforeAll
    static void openWriters() {
        final SharedStack stack = SharedStack.get();
        targets = DataTargets.open(
                stack.endpoints(), MigrationSettings.of(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword()));
    }

    @AfterAll
    static void closeWriters() {
        targets.close();
    }

    @Test
    void shouldTakeUploadedPdfAndDocxResumesToReadyWithEveryRowAndResumeProcessed() throws Exception {
        final UUID user = UUID.randomUUID();
        final UUID pdf = targets.resumes()
                .upload(new NewResume(null, user, "PDF", "jane.pdf", ResumeFixtures.pdf(), true).validated());
        final UUID docx = targets.resumes()
                .upload(new NewResume(null, user, "DOCX", "jane.docx", ResumeFixtures.docx(), false).validated());

        for (final UUID resume : List.of(pdf, docx)) {
            await().atMost(WAIT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "ready".equals(one("SELECT status FROM resume_service.resumes WHERE id = ?", resume)));
            assertThat(count("resume_service.resume_experiences", resume)).isGreaterThanOrEqualTo(2);
            assertThat(count("resume_service.resume_skills", resume)).isGreaterThanOrEqualTo(3);
            assertThat(count("resume_service.resume_educations", resume)).isEqualTo(1);
            assertThat(count("resume_service.resume_embeddings", resume)).isPositive();
            assertThat(count("resume_service.pii_masking_logs", resume)).isEqualTo(1);
            assertThat(column(
                            "SELECT task_type || ':' || status FROM ai_service.ai_tasks WHERE source_id = ?"
                                    + " ORDER BY task_type",
                            resume))
                    .containsExactly(
                            "embedding:completed", "parsing:completed", "pii_masking:completed", "summary:completed");
            final String masked =
                    (String) one("SELECT masked_content FROM resume_service.resumes WHERE id = ?", resume);
            assertThat(masked).doesNotContain("jane.doe@example.com", "415 555 0100");
            assertThat(one("SELECT ai_summary FROM resume_service.resumes WHERE id = ?", resume))
                    .isNotNull();
            assertThat(one("SELECT parsed_content::text FROM resume_service.resumes WHERE id = ?", resume)
                            .toString())
                    .contains("Acme Corp");
        }
        // The query port reads the same rows: status and the four completed steps.
        assertThat(analyses().analysis(pdf.toString())).get().satisfies(state -> {
            assertThat(state.status()).isEqualTo(ResumeStatus.READY);
            assertThat(state.userId()).isEqualTo(user.toString());
            assertThat(state.steps())
                    .extracting(AnalysisStep::type)
                    .containsExactlyInAnyOrder(
                            AiTaskType.PII_MASKING, AiTaskType.PARSING, AiTaskType.EMBEDDING, AiTaskType.SUMMARY);
            assertThat(state.steps()).extracting(AnalysisStep::status).containsOnly(AiTaskStatus.COMPLETED);
        });
        assertThat(analyses().analysis(UUID.randomUUID().toString())).isEmpty();
        assertThat(analyses().analysis("not-a-uuid")).isEmpty();
        final List<ResumeProcessed> processed = readProcessed(List.of(pdf, docx));
        assertThat(processed).extracting(p -> p.getStatus().name()).containsOnly("READY");
    }

    @Test
    void shouldTakeACorruptFileToErrorWithAFailedTask() throws Exception {
        final UUID resume = targets.resumes()
                .upload(new NewResume(
                                null,
                                UUID.randomUUID(),
                                "broken",
                                "broken.pdf",
                                "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII),
                                true)
                        .validated());

        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "error".equals(one("SELECT status FROM resume_service.resumes WHERE id = ?", resume)));
        assertThat(column(
                        "SELECT task_type || ':' || status || ':' || error_message FROM ai_service.ai_tasks"
                                + " WHERE source_id = ?",
                        resume))
                .singleElement()
                .asString()
                .startsWith("parsing:failed:corrupt_file: ");
        assertThat(count("resume_service.resume_skills", resume)).isZero();
        assertThat(analyses().analysis(resume.toString())).get().satisfies(state -> {
            assertThat(state.status()).isEqualTo(ResumeStatus.ERROR);
            assertThat(state.steps()).singleElement().satisfies(step -> {
                assertThat(step.type()).isEqualTo(AiTaskType.PARSING);
                assertThat(step.status()).isEqualTo(AiTaskStatus.FAILED);
                assertThat(step.error()).get().asString().startsWith("corrupt_file: ");
            });
        });
        assertThat(readProcessed(List.of(resume)))
                .extracting(p -> p.getStatus().name())
                .containsExactly("ERROR");
    }

    @Test
    void shouldLeaveExactlyOneSetOfRowsWhenTheSameResumeIsProcessedTwice() throws Exception {
        final UUID user = UUID.randomUUID();
        final UUID resume = targets.resumes()
                .upload(new NewResume(null, user, "again", "again.docx", ResumeFixtures.docx(), true).validated());
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "ready".equals(one("SELECT status FROM resume_service.resumes WHERE id = ?", resume)));
        final long experiences = count("resume_service.resume_experiences", resume);
        final long embeddings = count("resume_service.resume_embeddings", resume);

        // A re-upload event (new event id) and a duplicate delivery of it: analysed once more, no more.
        final ResumeUploaded again = ResumeUploaded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setResumeId(resume)
                .setUserId(user)
                .setFileUrl((String) one("SELECT original_file_url FROM resume_service.resumes WHERE id = ?", resume))
                .build();
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().kafkaBootstrap());
        try (KafkaProducer<String, ResumeUploaded> producer = new KafkaProducer<>(
                props,
                new StringSerializer(),
                new AvroSerializer<ResumeUploaded>(
                        HttpSchemaRegistryClient.of(SharedStack.get().registryUrl())))) {
            producer.send(new ProducerRecord<>(Topics.RESUME_UPLOADED.name(), resume.toString(), again));
            producer.send(new ProducerRecord<>(Topics.RESUME_UPLOADED.name(), resume.toString(), again));
        }

        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ((Number) one("SELECT count(*) FROM ai_service.ai_tasks WHERE source_id = ?", resume))
                                .longValue()
                        == 8);
        assertThat(count("resume_service.resume_experiences", resume)).isEqualTo(experiences);
        assertThat(count("resume_service.resume_embeddings", resume)).isEqualTo(embeddings);
        assertThat(count("resume_service.pii_masking_logs", resume)).isEqualTo(1);
        assertThat(one("SELECT status FROM resume_service.resumes WHERE id = ?", resume))
                .isEqualTo("ready");
    }

    private static List<ResumeProcessed> readProcessed(final List<UUID> resumes) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-resume-processed-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        final List<ResumeProcessed> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
                AvroDeserializer<ResumeProcessed> decoder = new AvroDeserializer<>(
                        HttpSchemaRegistryClient.of(SharedStack.get().registryUrl()), ResumeProcessed.class)) {
            consumer.subscribe(List.of(Topics.RESUME_PROCESSED.name()));
            await().atMost(WAIT).until(() -> {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (resumes.contains(UUID.fromString(r.key()))
                            && found.stream()
                                    .noneMatch(p -> p.getResumeId().toString().equals(r.key()))) {
                        found.add(decoder.deserialize(r.topic(), r.value()));
                    }
                }
                return found.size() == resumes.size();
            });
        }
        return found;
    }

    private static long count(final String table, final UUID resume) throws SQLException {
        return ((Number) one("SELECT count(*) FROM " + table + " WHERE resume_id = ?", resume)).longValue();
    }

    private static Object one(final String sql, final UUID id) throws SQLException {
        final List<Object> values = column(sql, id);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<Object> column(final String sql, final UUID id) throws SQLException {
        try (Connection c = SharedStack.get().connection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, id);
            final List<Object> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    private static JdbcResumeAnalysisQueries analyses() {
        final PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(SharedStack.get().jdbcUrl());
        database.setUser(SharedStack.get().jdbcUser());
        database.setPassword(SharedStack.get().jdbcPassword());
        return new JdbcResumeAnalysisQueries(database);
    }
}
