package io.hirehub.launcher.it;

import io.hirehub.connectors.connect.CdcHeaders;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the demo tests read from a running dev stack: the system of record and the resume.processed topic. */
final class DemoChecks {

    /**
     * The demo's progress in the database.
     *
     * @param resumes     all resumes
     * @param ready       resumes with status ready
     * @param openJobs    open jobs
     * @param jobsMatched open jobs with at least one matches row
     */
    record Progress(long resumes, long ready, long openJobs, long jobsMatched) {}

    private final Endpoints endpoints;

    DemoChecks(final Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    Progress progress() throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT (SELECT count(*) FROM resume_service.resumes),
                               (SELECT count(*) FROM resume_service.resumes WHERE status = 'ready'),
                               (SELECT count(*) FROM job_service.jobs WHERE status = 'open'),
                               (SELECT count(*) FROM job_service.jobs j WHERE j.status = 'open'
                                   AND EXISTS (SELECT 1 FROM match_service.matches m WHERE m.job_id = j.id))""")) {
            rs.next();
            return new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /** One number from a query. */
    long count(final String sql) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row of a query. */
    List<String> strings(final String sql) throws SQLException {
        final List<String> values = new ArrayList<>();
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * Distinct resume.processed event ids per resume (key), read committed from the start of the topic:
     * CDC delivers at least once, so an event may appear twice with the same id; a resume answered twice
     * would have two ids.
     */
    Map<String, Set<String>> processedEventIds(final int expectedRecords) {
        final Map<String, Set<String>> ids = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        endpoints.kafka(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-demo-processed-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RESUME_PROCESSED.name()));
            final long deadline = System.nanoTime() + ItTimeouts.WAIT.toNanos();
            int read = 0;
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (read < expectedRecords || quietPolls < 3)) {
                int polled = 0;
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    final Header id = record.headers().lastHeader(CdcHeaders.EVENT_ID);
                    ids.computeIfAbsent(record.key(), k -> new HashSet<>())
                            .add(id == null ? "(none)" : new String(id.value(), StandardCharsets.UTF_8));
                    polled++;
                }
                read += polled;
                quietPolls = polled == 0 ? quietPolls + 1 : 0;
            }
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                endpoints.jdbc().url(),
                endpoints.jdbc().user(),
                endpoints.jdbc().password());
    }
}
