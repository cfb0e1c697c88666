package io.hirehub.topologies.streams;

import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The serdes of the planned topics for one topology build: each topic's value serde is made once
 * from one registry client and shared by every source, sink, store and repartition that carries
 * it. Topologies take their topics from {@link io.hirehub.schemas.topics.Topics}, never a bare name.
 */
public final class TopicSerdes {

    private final SchemaRegistryClient registry;
    private final Map<Topic<?, ?>, Serde<?>> values = new HashMap<>();

    public TopicSerdes(final SchemaRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The registry the serdes use. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    /** The value serde of {@code topic}. */
    @SuppressWarnings("unchecked")
    public <V> Serde<V> value(final Topic<?, V> topic) {
        return (Serde<V>) values.computeIfAbsent(topic, t -> t.valueSerde(registry));
    }

    /** Reading {@code topic} with its own serdes, as the source named {@code name}. */
    public <K, V> Consumed<K, V> consumed(final Topic<K, V> topic, final String name) {
        return Consumed.with(topic.keySerde(), value(topic)).withName(name);
    }

    /**
     * Reading {@code topic}'s values as bytes, as the source named {@code name}: the topology decodes
     * them itself, so that one unreadable record goes to a dead-letter topic instead of stopping it.
     */
    public <K> Consumed<K, byte[]> consumedRaw(final Topic<K, ?> topic, final String name) {
        return Consumed.with(topic.keySerde(), Serdes.ByteArray()).withName(name);
    }

    /** Writing {@code topic} with its own serdes, as the sink named {@code name}. */
    public <K, V> Produced<K, V> produced(final Topic<K, V> topic, final String name) {
        return Produced.with(topic.keySerde(), value(topic)).withName(name);
    }
}
