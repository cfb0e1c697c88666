package io.hirehub.schemas.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.event.JobCreated;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryException;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.topics.Topics;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:00:00.123456Z");
    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    /** What the outbox asked of JDBC: the statements prepared and each batched row's parameters. */
    private final List<String> statements = new ArrayList<>();

    private final List<Map<Integer, Object>> rows = new ArrayList<>();
    private int batchesExecuted;

    @Test
    void shouldAppendEachEventAsOneRowNamingItsTopicAndAggregate() throws Exception {
        final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        final UUID created = UUID.randomUUID();
        final UUID uploaded = UUID.randomUUID();
        final List<Outbox.Event<?>> events = List.of(
                new Outbox.Event<>(created, JOB.toString(), Topics.JOB_CREATED, jobCreated(created), AT),
                new Outbox.Event<>(uploaded, "r-1", Topics.RESUME_UPLOADED, resumeUploaded(uploaded), AT));

        new Outbox(registry).append(connection(), "job_service.job_outbox", events);

        assertThat(statements)
                .containsExactly(
                        "INSERT INTO job_service.job_outbox"
                                + " (id, aggregate_type, aggregate_id, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        assertThat(batchesExecuted).isEqualTo(1);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry(1, created)
                .containsEntry(2, "job")
                .containsEntry(3, JOB.toString())
                .containsEntry(4, "job.created")
                .containsEntry(6, Timestamp.valueOf("2026-11-26 09:00:00.123456"));
        assertThat(rows.get(1)).containsEntry(2, "resume").containsEntry(4, "resume.uploaded");
        final byte[] payload = (byte[]) rows.get(0).get(5);
        assertThat(payload[0]).as("Confluent magic byte").isZero();
        assertThat(new AvroDeserializer<>(registry, JobCreated.class).deserialize("job.created", payload))
                .isEqualTo(jobCreated(created));
    }

    @Test
    void shouldWriteNothingWhenTheRegistryRefusesAnEvent() {
        final SchemaRegistryClient refusing = (SchemaRegistryClient) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SchemaRegistryClient.class}, (proxy, method, args) -> {
                    throw new SchemaRegistryException(409, 409, "incompatible");
                });
        final UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> new Outbox(refusing)
                        .append(
                                connection(),
                                "job_service.job_outbox",
                                List.of(new Outbox.Event<>(
                                        id, JOB.toString(), Topics.JOB_CREATED, jobCreated(id), AT))))
                .isInstanceOf(OutboxEncodingException.class)
                .hasMessageStartingWith("cannot encode job.created for " + JOB + ": ");
        assertThat(statements).as("encoded before any row is inserted").isEmpty();
    }

    @Test
    void shouldTouchNothingForNoEvents() throws Exception {
        new Outbox(new InMemorySchemaRegistryClient()).append(connection(), "job_service.job_outbox", List.of());
        assertThat(statements).isEmpty();
    }

    @Test
    void shouldRefuseAnIncompleteEvent() {
        assertThatThrownBy(() -> new Outbox.Event<>(UUID.randomUUID(), null, Topics.JOB_CREATED, jobCreated(JOB), AT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("aggregateId");
    }

    private static JobCreated jobCreated(final UUID eventId) {
        return JobCreated.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(AT)
                .setJobId(JOB)
                .setCompanyId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"))
                .build();
    }

    private static ResumeUploaded resumeUploaded(final UUID eventId) {
        return ResumeUploaded.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(AT)
                .setResumeId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"))
                .setUserId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"))
                .setFileUrl("s3://hirehub-resumes-dev/original/x.pdf")
                .build();
    }

    /** A JDBC connection that records what it is asked to insert (no database needed). */
    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.add((String) args[0]);
                        return statement();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private PreparedStatement statement() {
        final Map<Integer, Object> current = new HashMap<>();
        return (PreparedStatement) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setObject", "setString", "setBytes", "setTimestamp" ->
                            current.put((Integer) args[0], args[1]);
                        case "addBatch" -> {
                            rows.add(new HashMap<>(current));
                            current.clear();
                        }
                        case "executeBatch" -> {
                            batchesExecuted++;
                            return new int[rows.size()];
                        }
                        case "close" -> {
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
