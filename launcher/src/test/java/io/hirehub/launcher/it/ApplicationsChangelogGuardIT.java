package io.hirehub.launcher.it;

import static io.hirehub.testsupport.ItTimeouts.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.SharedStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Another system writing {@code apply_service} straight in PostgreSQL, past the edge: the CDC
 * carries the rows to the applications topology, whose changelog guards check each status change
 * (and each event row's actor) against the workflow. The impossible ones reach
 * {@code hirehub.applications.dlq} once, with a reason naming the move; the allowed ones reach nothing.
 */
class ApplicationsChangelogGuardIT {

    private final SharedStack stack = SharedStack.get();

    @Test
    void shouldDeadLetterAnImpossibleStatusWrittenStraightIntoTheTable() throws Exception {
        final UUID app = UUID.randomUUID();
        final UUID wrongSide = UUID.randomUUID();
        final UUID allowedEvent = UUID.randomUUID();
        try (Connection c = stack.connection()) {
            update(
                    c,
                    "INSERT INTO apply_service.applications (id, job_id, user_id, resume_id) VALUES (?, ?, ?, ?)",
                    app,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID());
            update(c, "UPDATE apply_service.applications SET status = 'reviewing' WHERE id = ?", app);
            update(c, "UPDATE apply_service.applications SET status = 'accepted' WHERE id = ?", app);
            update(
                    c,
                    "INSERT INTO apply_service.application_events (id, application_id, event_type, from_status,"
                            + " to_status, actor_type) VALUES (?, ?, 'status_changed', 'submitted', 'reviewing',"
                            + " 'company')",
                    allowedEvent,
                    app);
            update(
                    c,
                    "INSERT INTO apply_service.application_events (id, application_id, event_type, from_status,"
                            + " to_status, actor_type) VALUES (?, ?, 'status_changed', 'offered', 'accepted',"
                            + " 'company')",
                    wrongSide,
                    app);
        }

        final Map<String, List<ConsumerRecord<String, byte[]>>> dead = deadLetters(List.of(app, wrongSide));
        assertThat(dead.get(app.toString())).singleElement().satisfies(r -> {
            assertThat(header(r, DeadLetterHeaders.ERROR_MESSAGE))
                    .isEqualTo("applications row " + app + " changed from reviewing to accepted outside the"
                            + " workflow: no move from reviewing to accepted; from reviewing the next statuses are"
                            + " [interview_scheduled, rejected, withdrawn]");
            assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.APPLICATIONS.name());
        });
        assertThat(dead.get(wrongSide.toString()))
                .singleElement()
                .satisfies(r -> assertThat(header(r, DeadLetterHeaders.ERROR_MESSAGE))
                        .isEqualTo("application_events row " + wrongSide + " of application " + app
                                + ": moving from offered to accepted is the jobseeker's move, not the company's"));
        assertThat(dead).doesNotContainKey(allowedEvent.toString());
    }

    private static void update(final Connection c, final String sql, final UUID... ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                s.setObject(i + 1, ids[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * The dead letters keyed by any of {@code keys}, read from the start of the topic once each key has
     * one and a little after (so a second record for a key would show).
     */
    private Map<String, List<ConsumerRecord<String, byte[]>>> deadLetters(final List<UUID> keys) {
        final String topic = Topics.APPLICATIONS_DLQ.name();
        final Map<String, List<ConsumerRecord<String, byte[]>>> found = new java.util.HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers", stack.kafkaBootstrap(),
                        "isolation.level", "read_committed",
                        "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(WAIT).until(() -> {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null
                            && keys.stream().anyMatch(k -> k.toString().equals(r.key()))) {
                        found.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                    }
                }
                return found.keySet().size() == keys.size();
            });
            // Whatever else was committed with them is visible by now; one more poll catches a duplicate.
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> {
                if (r.key() != null && found.containsKey(r.key())) {
                    found.get(r.key()).add(r);
                }
            });
        }
        return found;
    }

    private static String header(final ConsumerRecord<String, byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
