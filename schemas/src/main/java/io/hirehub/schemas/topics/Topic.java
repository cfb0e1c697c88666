package io.hirehub.schemas.topics;

import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerdes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One topic of the plan as a typed value: its name, the serdes of its keys and values, and its plan
 * entry. Topologies, write-backs, CDC and the edge writers take their topics from {@link Topics}, so
 * a record type can only be written to the topic that holds it, and the serdes are built in one
 * place. Keys are the aggregate's id as UTF-8 text (composite keys via
 * {@link io.hirehub.schemas.keys.CompositeKeys}); values are Avro in the Confluent wire format
 * under the subject {@code <topic>-value}, or raw bytes where no contract applies (dead letters,
 * infrastructure).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class Topic<K, V> {

    private final String name;
    private final TopicKind kind;
    private final CleanupPolicy cleanupPolicy;
    private final Optional<Duration> retention;
    private final boolean coPartitioned;
    private final String description;
    private final Serde<K> keySerde;
    private final Class<V> valueType;

    Topic(
            final String name,
            final TopicKind kind,
            final CleanupPolicy cleanupPolicy,
            final Optional<Duration> retention,
            final boolean coPartitioned,
            final String description,
            final Serde<K> keySerde,
            final Class<V> valueType) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.cleanupPolicy = Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.coPartitioned = coPartitioned;
        this.description = Objects.requireNonNull(description, "description");
        this.keySerde = Objects.requireNonNull(keySerde, "keySerde");
        this.valueType = Objects.requireNonNull(valueType, "valueType");
    }

    /** The topic's name. */
    public String name() {
        return name;
    }

    /** What the topic holds. */
    public TopicKind kind() {
        return kind;
    }

    /** What the topic holds, in words (docs and {@code hirehub topics describe}). */
    public String description() {
        return description;
    }

    /** The value type: a generated Avro record, or {@code byte[]}. */
    public Class<V> valueType() {
        return valueType;
    }

    /** The serde of the keys. */
    public Serde<K> keySerde() {
        return keySerde;
    }

    /**
     * The serde of the values: the Confluent-format Avro serde of {@link #valueType()} (schemas
     * registered automatically) through {@code registry}, or the byte-array serde.
     */
    @SuppressWarnings("unchecked")
    public Serde<V> valueSerde(final SchemaRegistryClient registry) {
        if (valueType == byte[].class) {
            return (Serde<V>) Serdes.ByteArray();
        }
        return (Serde<V>) AvroSerdes.forType(valueType.asSubclass(SpecificRecord.class), registry);
    }

    /** The Confluent subject of the values: {@code <topic>-value}. */
    public String valueSubject() {
        return Topics.valueSubject(name);
    }

    /** This topic's plan entry when co-partitioned topics have {@code partitions} partitions. */
    public TopicSpec spec(final int partitions) {
        return new TopicSpec(
                name,
                kind,
                coPartitioned ? partitions : 1,
                TopicPlan.DEFAULT_REPLICATION,
                cleanupPolicy,
                retention,
                TopicPlan.DEFAULT_MIN_ISR,
                description);
    }

    /** Topics are equal by name: the plan holds each name once. */
    @Override
    public final boolean equals(final Object other) {
        return other instanceof Topic<?, ?> topic && topic.name.equals(name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    /** The topic's name. */
    @Override
    public String toString() {
        return name;
    }
}
