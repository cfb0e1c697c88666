package io.hirehub.schemas.outbox;

import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.EventTopic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The transactional outbox writer: appends event rows ({@code <schema>.<service>_outbox}) inside the
 * caller's transaction, so the state change and its event commit together. The payload is the event
 * record already in Confluent wire format under subject {@code <topic>-value}, so Debezium's outbox
 * router publishes it unchanged; {@code event_type} is the exact topic name and
 * {@code aggregate_type} the topic's aggregate. An {@link Event} binds a record to its
 * {@link EventTopic}: an event can only go to its own topic with its own record type.
 */
public final class Outbox {

    private final AvroSerializer<SpecificRecord> serializer;

    public Outbox(final SchemaRegistryClient registry) {
        this.serializer = new AvroSerializer<>(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * One event to append.
     *
     * @param id          the event id (also the Avro {@code event_id} and the Kafka "id" header)
     * @param aggregateId the record key: the aggregate's UUID text
     * @param topic       the event's topic
     * @param event       the Avro event value, of the topic's type
     * @param createdAt   when it happened (the event's {@code occurred_at})
     */
    public record Event<V extends SpecificRecord>(
            UUID id, String aggregateId, EventTopic<V> topic, V event, Instant createdAt) {
        public Event {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(aggregateId, "aggregateId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** Now, at the microsecond precision of Avro's timestamp-micros and PostgreSQL's TIMESTAMP. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Encodes every event first (a registry failure writes nothing and throws
     * {@link OutboxEncodingException}), then inserts them into {@code table} as one JDBC batch.
     */
    public void append(final Connection connection, final String table, final List<? extends Event<?>> events)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        final byte[][] payloads = new byte[events.size()][];
        for (int i = 0; i < events.size(); i++) {
            payloads[i] = encode(events.get(i));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (id, aggregate_type, aggregate_id, event_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                final Event<?> event = events.get(i);
                insert.setObject(1, event.id());
                insert.setString(2, event.topic().aggregateType());
                insert.setString(3, event.aggregateId());
                insert.setString(4, event.topic().name());
                insert.setBytes(5, payloads[i]);
                insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.ofInstant(event.createdAt(), ZoneOffset.UTC)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private byte[] encode(final Event<?> event) {
        try {
            return serializer.serialize(event.topic().name(), event.event());
        } catch (SerializationException e) {
            throw new OutboxEncodingException(
                    "cannot encode " + event.topic().name() + " for " + event.aggregateId() + ": " + e.getMessage(), e);
        }
    }
}
