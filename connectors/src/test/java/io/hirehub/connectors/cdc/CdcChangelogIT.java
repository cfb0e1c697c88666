package io.hirehub.connectors.cdc;

import static io.hirehub.connectors.cdc.CdcItSupport.header;
import static io.hirehub.connectors.cdc.CdcItSupport.sql;
import static io.hirehub.connectors.cdc.CdcItSupport.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.connectors.cdc.CdcItSupport.Decoder;
import io.hirehub.connectors.cdc.CdcItSupport.TopicReader;
import io.hirehub.connectors.connect.CdcHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded runner on the real PostgreSQL and broker: changelogs, tombstones, outbox events, dead letters. */
class CdcChangelogIT {

    private static final Duration WAIT = ItTimeouts.WAIT;

    private static CdcSettings settings;
    private static CdcRunner runner;
    private static Decoder decoder;

    /** One captured table: how to insert, update and delete a row, and the field the update changes. */
    private record Case(String topic, String insert, String update, String delete, String field, String updated) {}

    @BeforeAll
    static void startRunner() {
        settings = CdcItSupport.settings("changelog");
        runner = new CdcRunner(settings).start();
        decoder = new Decoder();
        // Streaming has begun once a row written now comes through.
        final String probe = uuid();
        sql(insertUser(probe, "jobseeker"));
        try (TopicReader reader = new TopicReader(Topics.USERS.name())) {
            reader.until(
                    all -> !TopicReader.ofKey(all, Topics.USERS.name(), probe).isEmpty(), WAIT);
        }
    }

    @AfterAll
    static void stopRunner() {
        runner.close();
        decoder.close();
        CdcItSupport.dropSlot(settings);
    }

    private static String insertUser(final String id, final String userType) {
        return "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES ('" + id + "', 'sub-" + id
                + "', '" + id + "@it.example', '" + userType + "')";
    }

    private static Case simple(
            final String topic,
            final String table,
            final String insertColumns,
            final String insertValues,
            final String set,
            final String field,
            final String updated,
            final String id) {
        return new Case(
                topic,
                "INSERT INTO " + table + " (id, " + insertColumns + ") VALUES ('" + id + "', " + insertValues + ")",
                "UPDATE " + table + " SET " + set + " WHERE id = '" + id + "'",
                "DELETE FROM " + table + " WHERE id = '" + id + "'",
                field,
                updated);
    }

    @Test
    void shouldEmitRecordUpdateAndTombstoneInOrderForEveryCapturedTable() {
        final List<Case> cases = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        String id = uuid();
        keys.add(id);
        cases.add(new Case(
                Topics.USERS.name(),
                insertUser(id, "company"),
                "UPDATE user_service.users SET status = 'inactive' WHERE id = '" + id + "'",
                "DELETE FROM user_service.users WHERE id = '" + id + "'",
                "status",
                "inactive"));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.JOBSEEKER_PROFILES.name(),
                "user_service.jobseeker_profiles",
                "name, experience_years, skills",
                "'Kim', 3, ARRAY['java','kafka']",
                "experience_years = 4",
                "experience_years",
                "4",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.COMPANIES.name(),
                "user_service.companies",
                "name, company_size",
                "'Acme', '11-50'",
                "location = 'Seoul'",
                "location",
                "Seoul",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.COMPANY_MEMBERS.name(),
                "user_service.company_members",
                "name, is_primary",
                "'Lee', true",
                "position = 'CTO'",
                "position",
                "CTO",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.JOBS.name(),
                "job_service.jobs",
                "company_id, title, job_type, status, posted_at",
                "gen_random_uuid(), 'Engineer', 'full-time', 'open', TIMESTAMP '2024-03-01 09:30:00.123456'",
                "status = 'closed'",
                "status",
                "CLOSED",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.SKILL_TAGS.name(),
                "job_service.skill_tags",
                "name, category",
                "'skill-" + id + "', 'language'",
                "category = 'framework'",
                "category",
                "FRAMEWORK",
                id));
        final String jobId = uuid();
        final String skillId = uuid();
        sql(
                "INSERT INTO job_service.jobs (id, company_id, title) VALUES ('" + jobId
                        + "', gen_random_uuid(), 'Dev')",
                "INSERT INTO job_service.skill_tags (id, name) VALUES ('" + skillId + "', 'skill-" + skillId + "')");
        keys.add(jobId + ":" + skillId);
        final String pair = "job_id = '" + jobId + "' AND skill_id = '" + skillId + "'";
        cases.add(new Case(
                Topics.JOB_SKILLS.name(),
                "INSERT INTO job_service.job_skills (job_id, skill_id, is_required) VALUES ('" + jobId + "', '"
                        + skillId + "', true)",
                "UPDATE job_service.job_skills SET is_required = false WHERE " + pair,
                "DELETE FROM job_service.job_skills WHERE " + pair,
                "is_required",
                "false"));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.RESUMES.name(),
                "resume_service.resumes",
                "user_id, title, parsed_content, status",
                "gen_random_uuid(), 'CV', '{\"skills\": [\"java\"]}'::jsonb, 'processing'",
                "status = 'ready'",
                "status",
                "READY",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.APPLICATIONS.name(),
                "apply_service.applications",
                "job_id, user_id, resume_id, status, match_score",
                "gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'submitted', 87.50",
                "status = 'reviewing'",
                "status",
                "REVIEWING",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.APPLICATION_EVENTS.name(),
                "apply_service.application_events",
                "event_type, from_status, to_status, actor_type, payload",
                "'status_changed', 'submitted', 'reviewing', 'company', '{\"note\": 1}'::jsonb",
                "to_status = 'rejected'",
                "to_status",
                "REJECTED",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.INTERVIEWS.name(),
                "apply_service.interviews",
                "interview_type, scheduled_at, duration_minutes, status",
                "'video', TIMESTAMP '2024-05-01 10:00:00', 60, 'scheduled'",
                "status = 'completed'",
                "status",
                "COMPLETED",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.MATCH_FEEDBACK.name(),
                "match_service.match_feedback",
                "feedback_type",
                "'helpful'",
                "feedback_type = 'hired'",
                "feedback_type",
                "HIRED",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.NOTIFICATION_TEMPLATES.name(),
                "notification_service.notification_templates",
                "name, event_type, channel",
                "'tpl-" + id + "', 'application.submitted', 'email'",
                "is_active = false",
                "is_active",
                "false",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.USER_NOTIFICATION_SETTINGS.name(),
                "notification_service.user_notification_settings",
                "user_id, disabled_event_types",
                "gen_random_uuid(), ARRAY['job.created']",
                "sms_enabled = true",
                "sms_enabled",
                "true",
                id));
        keys.add(id = uuid());
        cases.add(simple(
                Topics.DEVICE_TOKENS.name(),
                "notification_service.device_tokens",
                "user_id, device_type, token",
                "gen_random_uuid(), 'ios', 'token-1'",
                "is_active = false",
                "is_active",
                "false",
                id));

        for (final Case c : cases) {
            sql(c.insert());
            sql(c.update());
            sql(c.delete());
        }

        final String[] topics = cases.stream().map(Case::topic).distinct().toArray(String[]::new);
        try (TopicReader reader = new TopicReader(topics)) {
            final List<ConsumerRecord<String, byte[]>> all = reader.until(
                    read -> {
                        for (int i = 0; i < cases.size(); i++) {
                            if (TopicReader.ofKey(read, cases.get(i).topic(), keys.get(i))
                                            .size()
                                    < 3) {
                                return false;
                            }
                        }
                        return true;
                    },
                    WAIT);
            for (int i = 0; i < cases.size(); i++) {
                final Case c = cases.get(i);
                final List<ConsumerRecord<String, byte[]>> records =
                        TopicReader.distinctChanges(TopicReader.ofKey(all, c.topic(), keys.get(i)));
                assertThat(records)
                        .as(c.topic())
                        .extracting(r -> header(r, CdcHeaders.OP))
                        .containsExactly("c", "u", "d");
                assertThat(records)
                        .as(c.topic())
                        .extracting(r -> Long.parseLong(header(r, CdcHeaders.LSN)))
                        .isSorted();
                final GenericRecord inserted = decoder.decode(records.get(0).value());
                final GenericRecord updated = decoder.decode(records.get(1).value());
                assertThat(String.valueOf(updated.get(c.field())))
                        .as(c.topic() + " " + c.field())
                        .isEqualTo(c.updated());
                assertThat(String.valueOf(inserted.get(c.field())))
                        .as(c.topic() + " before update")
                        .isNotEqualTo(c.updated());
                assertThat(records.get(2).value()).as(c.topic() + " tombstone").isNull();
                assertThat(header(records.get(0), CdcHeaders.TABLE))
                        .endsWith("." + c.topic().substring(c.topic().lastIndexOf('.') + 1));
            }
            final GenericRecord application =
                    decoder.decode(TopicReader.ofKey(all, Topics.APPLICATIONS.name(), keys.get(8))
                            .get(0)
                            .value());
            assertThat(new BigDecimal(new BigInteger(((ByteBuffer) application.get("match_score")).array()), 2))
                    .isEqualByComparingTo("87.50");
            final GenericRecord job = decoder.decode(TopicReader.ofKey(all, Topics.JOBS.name(), keys.get(4))
                    .get(0)
                    .value());
            assertThat(job.get("posted_at")).isEqualTo(1_709_285_400_123_456L);
            assertThat(String.valueOf(job.get("job_type"))).isEqualTo("FULL_TIME");
            final GenericRecord profile =
                    decoder.decode(TopicReader.ofKey(all, Topics.JOBSEEKER_PROFILES.name(), keys.get(1))
                            .get(0)
                            .value());
            assertThat(profile.get("skills").toString()).isEqualTo("[java, kafka]");
        }
    }

    @Test
    void shouldRouteOutboxRowToItsSeedTopicAndRemoveTheRow() throws Exception {
        final String id = uuid();
        final String aggregate = uuid();
        final byte[] payload = {0, 0, 0, 0, 9, 72, 105, 114, 101};
        try (Connection c = SharedStack.get().connection();
                var st = c.prepareStatement(
                        "INSERT INTO job_service.job_outbox (id, aggregate_type, aggregate_id, event_type, payload)"
                                + " VALUES (?::uuid, 'job', ?, 'job.created', ?)")) {
            st.setString(1, id);
            st.setString(2, aggregate);
            st.setBytes(3, payload);
            st.executeUpdate();
        }

        try (TopicReader reader = new TopicReader(Topics.JOB_CREATED.name())) {
            final List<ConsumerRecord<String, byte[]>> records = TopicReader.distinctChanges(TopicReader.ofKey(
                    reader.until(
                            all -> !TopicReader.ofKey(all, Topics.JOB_CREATED.name(), aggregate)
                                    .isEmpty(),
                            WAIT),
                    Topics.JOB_CREATED.name(),
                    aggregate));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).containsExactly(payload);
            assertThat(header(records.get(0), CdcHeaders.EVENT_ID)).isEqualTo(id);
            assertThat(header(records.get(0), "aggregate_type")).isEqualTo("job");
        }
        Awaitility.await("outbox row removed").atMost(WAIT).until(() -> countOutbox(id) == 0);
    }

    private static int countOutbox(final String id) throws Exception {
        try (Connection c = SharedStack.get().connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM job_service.job_outbox WHERE id = '" + id + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void shouldSendUnmappableRowToDeadLetterTopicAndKeepStreaming() {
        final String bad = uuid();
        final String good = uuid();
        sql(insertUser(bad, "robot"));
        sql(insertUser(good, "admin"));

        try (TopicReader reader = new TopicReader(Topics.CDC_DLQ.name(), Topics.USERS.name())) {
            final List<ConsumerRecord<String, byte[]>> all = reader.until(
                    read -> !TopicReader.ofKey(read, Topics.CDC_DLQ.name(), bad).isEmpty()
                            && !TopicReader.ofKey(read, Topics.USERS.name(), good)
                                    .isEmpty(),
                    WAIT);
            final ConsumerRecord<String, byte[]> dead =
                    TopicReader.ofKey(all, Topics.CDC_DLQ.name(), bad).get(0);
            assertThat(header(dead, CdcHeaders.TABLE)).isEqualTo("user_service.users");
            assertThat(Long.parseLong(header(dead, CdcHeaders.LSN))).isPositive();
            assertThat(header(dead, CdcHeaders.ERROR_CLASS))
                    .isEqualTo("io.hirehub.connectors.connect.RowMappingException");
            assertThat(header(dead, CdcHeaders.ERROR_MESSAGE))
                    .isEqualTo("User.user_type: 'robot' is not a value of enum io.hirehub.avro.entity.UserType");
            assertThat(TopicReader.ofKey(all, Topics.USERS.name(), bad)).isEmpty();
            assertThat(String.valueOf(decoder.decode(TopicReader.ofKey(all, Topics.USERS.name(), good)
                                    .get(0)
                                    .value())
                            .get("user_type")))
                    .isEqualTo("ADMIN");
        }
    }

    @Test
    void shouldReportActiveSlotWithLeaderAndBoundedWal() throws Exception {
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> new SlotStatusReader(settings).read().active());
        final SlotStatus status = new SlotStatusReader(settings).read();

        assertThat(status.exists()).isTrue();
        assertThat(status.leader()).get().asString().startsWith("hirehub-cdc-leader:" + settings.slotName());
        assertThat(status.retainedBytes()).isNotNegative();
        // Heartbeats every second keep the confirmed position moving while nothing else changes.
        Awaitility.await("lag settles")
                .atMost(WAIT)
                .until(() -> new SlotStatusReader(settings).read().lagBytes() < 1_000_000);
    }
}
