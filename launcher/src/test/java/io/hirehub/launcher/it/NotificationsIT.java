package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.apps.notify.NotificationsApp;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.connectors.notify.LocalDeliveryLog;
import io.hirehub.launcher.notify.NotificationsWiring;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.NotificationsConfig;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications on the real stack: events committed through the apply service's outbox table (as the
 * edge's application routes will write them) → CDC → the notifications topology → write-back →
 * dispatcher → the rows in {@code notification_service} and the local delivery log.
 */
class NotificationsIT {

    private static final Duration WAIT = ItTimeouts.WAIT;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationsIT.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SharedStack stack;
    private static SchemaRegistryClient registry;
    private static Outbox outbox;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        registry = HttpSchemaRegistryClient.of(stack.registryUrl());
        outbox = new Outbox(registry);
    }

    @AfterAll
    static void stop() throws Exception {
        registry.close();
    }

    @Test
    void shouldNotifyTheCompanyMemberOfASubmittedApplicationWithTheRenderedSeedTemplate() throws Exception {
        final World w = World.create("submit");
        final UUID application = w.submit(new BigDecimal("88.25"));

        final List<Row> rows = awaitRows(w.member, 2);
        assertThat(rows).extracting(Row::channel).containsExactlyInAnyOrder("in_app", "email");
        final Row inApp = rows.stream()
                .filter(r -> r.channel().equals("in_app"))
                .findFirst()
                .orElseThrow();
        assertThat(inApp.status()).isEqualTo("delivered");
        assertThat(inApp.title()).isEqualTo("새로운 지원자가 있습니다: " + w.jobTitle);
        final String seedBody = "김지원님이 " + w.jobTitle + " 포지션에 지원했습니다.\n\n매칭 점수: 88.25점\n\n지원서 확인하기: "
                + "http://localhost:8080/applications/" + application;
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(awaitRows(w.member, 2))
                        .filteredOn(r -> r.channel().equals("email"))
                        .singleElement()
                        .satisfies(email -> {
                            assertThat(email.content()).isEqualTo(seedBody);
                            assertThat(email.status()).isEqualTo("delivered");
                        }));
        assertThat(deliveries(w.member)).singleElement().satisfies(line -> {
            assertThat(line.path("channel").asText()).isEqualTo("email");
            assertThat(line.path("to").asText()).isEqualTo(w.memberEmail);
            assertThat(line.path("body").asText()).isEqualTo(seedBody);
        });
        assertThat(queueRows(w.member)).containsExactly("email|published|1");

        // The member reads it through the edge: the inbox with its unread count, then marks it read.
        final String token = cli("token", "--user", w.member.toString()).out().strip();
        final JsonNode inbox = edgeGet(token, "/v1/users/" + w.member + "/notifications");
        assertThat(inbox.path("unread_count").asLong()).isEqualTo(1);
        assertThat(inbox.path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("title").asText()).isEqualTo("새로운 지원자가 있습니다: " + w.jobTitle);
            assertThat(item.path("content").asText()).isEqualTo(inApp.content());
            assertThat(item.path("event_type").asText()).isEqualTo("application.submitted");
        });
        final HttpResponse<String> read = edgeSend(
                token,
                "/v1/users/" + w.member + "/notifications/"
                        + inbox.path("items").get(0).path("id").asText() + "/read");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(edgeGet(token, "/v1/users/" + w.member + "/notifications")
                        .path("unread_count")
                        .asLong())
                .isZero();
    }

    @Test
    void shouldPushAStatusChangeToTheJobseekersActiveTokenAndSendNothingForADisabledEventType() throws Exception {
        final World w = World.create("status");
        w.disable("interview.scheduled");
        final UUID application = w.submit(new BigDecimal("70.00"));
        awaitRows(w.member, 2);

        w.moveTo(application, ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(w.seeker))
                        .filteredOn(l -> l.path("channel").asText().equals("push"))
                        .singleElement()
                        .satisfies(push -> {
                            assertThat(push.path("to").toString()).isEqualTo("[\"" + w.token + "\"]");
                            assertThat(push.path("body").asText())
                                    .isEqualTo(w.companyName + "의 " + w.jobTitle + " 지원 상태가 \"서류 검토중\"로 변경되었습니다.");
                        }));
        assertThat(awaitRows(w.seeker, 3))
                .extracting(Row::channel)
                .containsExactlyInAnyOrder("in_app", "push", "email");
        final CliRun tail = cli("notifications", "tail", "--channel", "push", "-n", "1000");
        assertThat(tail.out()).contains("user " + w.seeker, "[\"" + w.token + "\"]", "\"서류 검토중\"로 변경되었습니다.");

        final UUID disabledEvent = w.scheduleInterview(application);
        awaitConsumed(Topics.INTERVIEW_SCHEDULED.name());
        assertThat(rowsOfEvent(disabledEvent)).isZero();
        assertThat(awaitRows(w.seeker, 3)).hasSize(3);
    }

    @Test
    void shouldKeepExactlyOneNotificationPerRecipientAndChannelWhenAnInstanceDiesMidBatch() throws Exception {
        final World w = World.create("burst");
        final List<UUID> applications = new ArrayList<>();
        final int events = 40;
        final List<UUID> applicants = w.applicants(events);
        final Path secondState = Files.createTempDirectory("notify-second-");
        NotificationsApp second = null;
        try {
            for (int i = 0; i < events; i++) {
                if (i == events / 4) {
                    // A second instance joins mid-burst: tasks move to it and its write-back.
                    second = NotificationsApp.start(
                            NotificationsApp.streamsSettings(stack.kafkaBootstrap(), secondState),
                            stack.settings().notifications().topology(),
                            NotificationsWiring.dispatch(stack.settings().notifications()),
                            NotificationsWiring.delivery(stack.settings().notifications(), stack.dataDir()),
                            DatabaseSetup.migrationSettings(
                                    stack.endpoints().jdbc(), stack.settings().postgres()),
                            stack.registryUrl(),
                            new PartBoard());
                }
                if (i == events * 3 / 4 && second != null) {
                    // …and dies while events keep coming: its tasks move back, uncommitted work is redone.
                    second.close();
                    second = null;
                }
                applications.add(w.submitAs(applicants.get(i)));
            }
        } finally {
            if (second != null) {
                second.close();
            }
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(countRows(w.member)).isEqualTo(2L * events));
        awaitConsumed(Topics.APPLICATION_SUBMITTED.name());
        try (Connection c = stack.connection();
                PreparedStatement q = c.prepareStatement("SELECT count(*), count(DISTINCT (data->>'event_id', channel))"
                        + " FROM notification_service.notifications WHERE user_id = ?")) {
            q.setObject(1, w.member);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2L * events);
                assertThat(rs.getLong(2)).isEqualTo(2L * events);
            }
        }
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(w.member)).hasSize(events));
        assertThat(deliveries(w.member))
                .extracting(l -> l.path("notification_id").asText())
                .doesNotHaveDuplicates();
        logFigures(w.member);
    }

    /**
     * The packaged {@code hirehub notifications run} as a second process of the notifications
     * application (beside the shared stack's instance), SIGKILLed while it works through a burst, then
     * started again: every event still has exactly one notification per recipient and channel, one
     * delivery queue row per e-mail and one line in the (shared) delivery log.
     */
    @Test
    void shouldKeepExactlyOneNotificationPerRecipientAndChannelWhenTheProcessIsKilledMidBatch() throws Exception {
        final World w = World.create("kill");
        final int events = 60;
        final List<UUID> applicants = w.applicants(events);
        final Path dataDir = Files.createTempDirectory("notify-run-kill-");
        Process child = null;
        try {
            child = startNotificationsRun(dataDir, "first");
            awaitJoined(2);
            for (int i = 0; i < events / 2; i++) {
                w.submitAs(applicants.get(i));
            }
            // Mid-batch: some of the burst is stored, not all of it.
            await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> countRows(w.member) >= 4);
            final long before = countRows(w.member);
            child.destroyForcibly(); // SIGKILL: no close, no commit, an open Kafka transaction left behind
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
            LOG.info(
                    "notifications run SIGKILLed with {} of {} notifications of the first half stored", before, events);
            for (int i = events / 2; i < events; i++) {
                w.submitAs(applicants.get(i));
            }
            child = startNotificationsRun(dataDir, "second");

            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(countRows(w.member)).isEqualTo(2L * events));
            awaitConsumed(Topics.APPLICATION_SUBMITTED.name());
            try (Connection c = stack.connection();
                    PreparedStatement q = c.prepareStatement("SELECT count(*), count(DISTINCT (data->>'event_id',"
                            + " channel)), count(DISTINCT data->>'event_id') FROM notification_service.notifications"
                            + " WHERE user_id = ?")) {
                q.setObject(1, w.member);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(2L * events);
                    assertThat(rs.getLong(2)).isEqualTo(2L * events);
                    assertThat(rs.getLong(3)).isEqualTo(events);
                }
            }
            await().atMost(WAIT)
                    .untilAsserted(() ->
                            assertThat(queueRows(w.member)).hasSize(events).containsOnly("email|published|1"));
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(deliveries(w.member)).hasSize(events));
            assertThat(deliveries(w.member))
                    .extracting(l -> l.path("notification_id").asText())
                    .doesNotHaveDuplicates();
        } finally {
            if (child != null) {
                child.destroy();
                if (!child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            }
            SharedStack.deleteRecursively(dataDir);
        }
    }

    /**
     * {@code hirehub notifications run} from the packaged jar against the shared stack, delivering to
     * the shared stack's delivery log; returns once it says it runs.
     */
    private static Process startNotificationsRun(final Path dataDir, final String name) throws Exception {
        return DevProcess.startRunner(
                "notifications",
                dataDir,
                name,
                List.of(
                        "kafka.bootstrap.servers=" + stack.kafkaBootstrap(),
                        "postgres.jdbc.url=" + stack.jdbcUrl(),
                        "postgres.user=" + stack.jdbcUser(),
                        "s3.endpoint=" + stack.s3Endpoint(),
                        "s3.bucket=" + stack.bucket(),
                        "registry.url=" + stack.registryUrl(),
                        "notifications.delivery.log=" + NotificationsConfig.defaultDeliveryLog(stack.dataDir()),
                        "shutdown.timeout=5s"));
    }

    /** Waits until the notifications application's group is stable with members of {@code processes} processes. */
    private static void awaitJoined(final int processes) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                final var group = admin.describeConsumerGroups(List.of(NotificationsApp.APPLICATION_ID))
                        .all()
                        .get()
                        .get(NotificationsApp.APPLICATION_ID);
                final long distinct = group.members().stream()
                        .filter(m -> !m.assignment().topicPartitions().isEmpty())
                        .map(m -> m.clientId().replaceAll("-StreamThread-.*", ""))
                        .distinct()
                        .count();
                return group.groupState() == org.apache.kafka.common.GroupState.STABLE && distinct >= processes;
            });
        }
    }

    /** Reported, not asserted: event committed → in-app row stored (queryable), and the rate, for the note. */
    private static void logFigures(final UUID user) throws SQLException {
        try (Connection c = stack.connection();
                PreparedStatement q = c.prepareStatement("SELECT"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)),"
                        + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)),"
                        + " count(*), extract(epoch FROM max(sent_at) - min(created_at))"
                        + " FROM notification_service.notifications WHERE user_id = ? AND channel = 'in_app'")) {
            q.setObject(1, user);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                LOG.info(
                        "notifications figures: event committed -> in-app stored p50 {} ms, p99 {} ms; {} in-app in {} s",
                        Math.round(rs.getDouble(1) * 1000),
                        Math.round(rs.getDouble(2) * 1000),
                        rs.getLong(3),
                        rs.getDouble(4));
            }
        }
    }

    // ---- helpers

    private static CliRun cli(final String... args) {
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--data-dir",
                stack.dataDir().toString(),
                "--jdbc-url",
                stack.jdbcUrl(),
                "--jdbc-user",
                stack.jdbcUser()));
        final CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private static JsonNode edgeGet(final String token, final String path) throws Exception {
        final HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.endpoints().edge() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> edgeSend(final String token, final String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.endpoints().edge() + path))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Row(String channel, String status, String title, String content) {}

    private static List<Row> awaitRows(final UUID user, final int count) {
        final List<Row> out = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            out.clear();
            out.addAll(rows(user));
            return out.size() >= count;
        });
        return List.copyOf(out);
    }

    private static List<Row> rows(final UUID user) throws SQLException {
        final List<Row> out = new ArrayList<>();
        try (Connection c = stack.connection();
                PreparedStatement q = c.prepareStatement("SELECT channel, status, title, content FROM"
                        + " notification_service.notifications WHERE user_id = ? ORDER BY channel")) {
            q.setObject(1, user);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static long countRows(final UUID user) throws SQLException {
        return rows(user).size();
    }

    private static long rowsOfEvent(final UUID event) throws SQLException {
        try (Connection c = stack.connection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT count(*) FROM notification_service.notifications WHERE data->>'event_id' = ?")) {
            q.setString(1, event.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> queueRows(final UUID user) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (Connection c = stack.connection();
                PreparedStatement q = c.prepareStatement("SELECT o.channel, o.status, o.attempts FROM"
                        + " notification_service.notification_outbox o JOIN notification_service.notifications n"
                        + " ON n.id = o.notification_id WHERE n.user_id = ? ORDER BY o.channel")) {
            q.setObject(1, user);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3));
                }
            }
        }
        return out;
    }

    private static List<JsonNode> deliveries(final UUID user) throws Exception {
        final Path log = NotificationsConfig.defaultDeliveryLog(stack.dataDir());
        if (!Files.exists(log)) {
            return List.of();
        }
        return LocalDeliveryLog.read(log).stream()
                .filter(l -> l.path("user_id").asText().equals(user.toString()))
                .toList();
    }

    /** Waits until the notifications application has consumed {@code topic} to its end. */
    private static void awaitConsumed(final String topic) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            await().atMost(WAIT).until(() -> {
                final var committed = admin.listConsumerGroupOffsets(NotificationsApp.APPLICATION_ID)
                        .partitionsToOffsetAndMetadata()
                        .get();
                final var partitions = admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions();
                final java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>
                        latest = new java.util.HashMap<>();
                partitions.forEach(p -> latest.put(
                        new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                        org.apache.kafka.clients.admin.OffsetSpec.latest()));
                final var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(e -> {
                    final var c = committed.get(e.getKey());
                    return e.getValue().offset() == 0
                            || c != null && c.offset() >= e.getValue().offset();
                });
            });
        }
    }

    /**
     * Waits until the notifications topology's index topic {@code topic} holds an entry for each of
     * {@code foreignKeys}: the rows then are (or are about to be) in its global stores. Rows reach the
     * topology one hop later through these topics than through the changelogs.
     */
    private static void awaitIndexed(final String topic, final List<UUID> foreignKeys) {
        final java.util.Set<String> wanted = new java.util.HashSet<>();
        foreignKeys.forEach(k -> wanted.add(k + ":"));
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(
                java.util.Map.of(
                        "bootstrap.servers", stack.kafkaBootstrap(),
                        "isolation.level", "read_committed",
                        "auto.offset.reset", "earliest"),
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            final List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> wanted.removeIf(
                                prefix -> r.key() != null && r.key().startsWith(prefix)));
                return wanted.isEmpty();
            });
        }
    }

    /** A company with one member, a job, a jobseeker with a profile and device tokens: rows in PostgreSQL. */
    private static final class World {
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final UUID member = UUID.randomUUID();
        final UUID seeker = UUID.randomUUID();
        final UUID company = UUID.randomUUID();
        final UUID job = UUID.randomUUID();
        final String memberEmail = "hr-" + tag + "@company.example";
        final String companyName = "알림테크 " + tag;
        final String jobTitle = "데이터 엔지니어 " + tag;
        final String token = "tok-" + tag;

        static World create(final String name) throws SQLException {
            final World w = new World();
            try (Connection c = stack.connection()) {
                c.setAutoCommit(false);
                exec(
                        c,
                        "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES (?, ?, ?, 'company')",
                        w.member,
                        "sub-m-" + w.tag,
                        w.memberEmail);
                exec(
                        c,
                        "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES (?, ?, ?, 'jobseeker')",
                        w.seeker,
                        "sub-s-" + w.tag,
                        "seeker-" + w.tag + "@mail.example");
                exec(
                        c,
                        "INSERT INTO user_service.jobseeker_profiles (user_id, name, phone) VALUES (?, '김지원', '010-2222-3333')",
                        w.seeker);
                exec(c, "INSERT INTO user_service.companies (id, name) VALUES (?, ?)", w.company, w.companyName);
                exec(
                        c,
                        "INSERT INTO user_service.company_members (user_id, company_id, name, position, is_primary)"
                                + " VALUES (?, ?, '박인사', '인사팀장', true)",
                        w.member,
                        w.company);
                exec(
                        c,
                        "INSERT INTO job_service.jobs (id, company_id, title, status) VALUES (?, ?, ?, 'open')",
                        w.job,
                        w.company,
                        w.jobTitle);
                exec(
                        c,
                        "INSERT INTO notification_service.device_tokens (user_id, device_type, token, is_active)"
                                + " VALUES (?, 'ios', ?, true)",
                        w.seeker,
                        w.token);
                exec(
                        c,
                        "INSERT INTO notification_service.device_tokens (user_id, device_type, token, is_active)"
                                + " VALUES (?, 'android', ?, false)",
                        w.seeker,
                        "old-" + w.token);
                c.commit();
            }
            awaitIndexed(Topics.NOTIFY_MEMBERS_BY_COMPANY.name(), List.of(w.company));
            awaitIndexed(Topics.NOTIFY_PROFILES_BY_USER.name(), List.of(w.seeker));
            awaitIndexed(Topics.NOTIFY_TOKENS_BY_USER.name(), List.of(w.seeker));
            return w;
        }

        void disable(final String eventType) throws SQLException {
            try (Connection c = stack.connection()) {
                exec(
                        c,
                        "INSERT INTO notification_service.user_notification_settings (user_id, disabled_event_types)"
                                + " VALUES (?, ARRAY[?])",
                        seeker,
                        eventType);
            }
        }

        UUID submit(final BigDecimal score) throws SQLException {
            return submit(seeker, score);
        }

        /** {@code count} more jobseekers with profiles, visible to the topology when this returns. */
        List<UUID> applicants(final int count) throws SQLException {
            final List<UUID> users = new ArrayList<>();
            try (Connection c = stack.connection()) {
                c.setAutoCommit(false);
                for (int i = 0; i < count; i++) {
                    final UUID other = UUID.randomUUID();
                    exec(
                            c,
                            "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES (?, ?, ?, 'jobseeker')",
                            other,
                            "sub-o" + i + "-" + tag,
                            "o" + i + "-" + tag + "@mail.example");
                    exec(
                            c,
                            "INSERT INTO user_service.jobseeker_profiles (user_id, name) VALUES (?, ?)",
                            other,
                            "지원자" + i);
                    users.add(other);
                }
                c.commit();
            }
            awaitIndexed(Topics.NOTIFY_PROFILES_BY_USER.name(), users);
            return users;
        }

        /** {@code user} applies to the job (one application per job and user). */
        UUID submitAs(final UUID user) throws SQLException {
            return submit(user, new BigDecimal("60.00"));
        }

        private UUID submit(final UUID user, final BigDecimal score) throws SQLException {
            final UUID application = UUID.randomUUID();
            final Instant now = Outbox.now();
            try (Connection c = stack.connection()) {
                c.setAutoCommit(false);
                exec(
                        c,
                        "INSERT INTO apply_service.applications (id, job_id, user_id, resume_id, status, match_score)"
                                + " VALUES (?, ?, ?, ?, 'submitted', ?)",
                        application,
                        job,
                        user,
                        UUID.randomUUID(),
                        score);
                final UUID event = UUID.randomUUID();
                outbox.append(
                        c,
                        "apply_service.apply_outbox",
                        List.of(new Outbox.Event<>(
                                event,
                                application.toString(),
                                Topics.APPLICATION_SUBMITTED,
                                ApplicationSubmitted.newBuilder()
                                        .setEventId(event)
                                        .setOccurredAt(now)
                                        .setApplicationId(application)
                                        .setJobId(job)
                                        .setUserId(user)
                                        .build(),
                                now)));
                c.commit();
            }
            return application;
        }

        void moveTo(final UUID application, final ApplicationStatus from, final ApplicationStatus to)
                throws SQLException {
            final Instant now = Outbox.now();
            try (Connection c = stack.connection()) {
                c.setAutoCommit(false);
                exec(
                        c,
                        "UPDATE apply_service.applications SET status = ?, updated_at = now() WHERE id = ?",
                        to.name().toLowerCase(),
                        application);
                final UUID event = UUID.randomUUID();
                outbox.append(
                        c,
                        "apply_service.apply_outbox",
                        List.of(new Outbox.Event<>(
                                event,
                                application.toString(),
                                Topics.APPLICATION_STATUS_CHANGED,
                                ApplicationStatusChanged.newBuilder()
                                        .setEventId(event)
                                        .setOccurredAt(now)
                                        .setApplicationId(application)
                                        .setFromStatus(from)
                                        .setToStatus(to)
                                        .build(),
                                now)));
                c.commit();
            }
        }

        UUID scheduleInterview(final UUID application) throws SQLException {
            final Instant now = Outbox.now();
            final Instant at = now.plus(Duration.ofDays(3));
            final UUID interview = UUID.randomUUID();
            final UUID event = UUID.randomUUID();
            try (Connection c = stack.connection()) {
                c.setAutoCommit(false);
                exec(
                        c,
                        "INSERT INTO apply_service.interviews (id, application_id, interview_type, scheduled_at, location)"
                                + " VALUES (?, ?, 'onsite', ?, '판교 본사')",
                        interview,
                        application,
                        Timestamp.from(at));
                outbox.append(
                        c,
                        "apply_service.apply_outbox",
                        List.of(new Outbox.Event<>(
                                event,
                                interview.toString(),
                                Topics.INTERVIEW_SCHEDULED,
                                InterviewScheduled.newBuilder()
                                        .setEventId(event)
                                        .setOccurredAt(now)
                                        .setInterviewId(interview)
                                        .setApplicationId(application)
                                        .setScheduledAt(at)
                                        .build(),
                                now)));
                c.commit();
            }
            return event;
        }

        private static void exec(final Connection c, final String sql, final Object... values) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.executeUpdate();
            }
        }
    }
}
