package io.hirehub.topologies.apply.topology;

import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes a topic's Avro values in the topology (they are consumed as bytes) and maps each to a new
 * key and value; the mapping may return null to skip a record. A record that cannot be decoded or
 * mapped becomes a dead letter instead of stopping the application.
 */
final class Decoder<A, T> implements Processor<String, byte[], String, Decoder.Decoded<T>> {

    /** A decoded value, or a dead letter's value (its headers are on the record). */
    record Decoded<T>(T value, byte[] deadLetter) {}

    private final String topic;
    private final Deserializer<A> deserializer;
    private final BiFunction<String, A, KeyValue<String, T>> mapping;
    private final boolean tombstones;
    private ProcessorContext<String, Decoded<T>> context;

    /** @param tombstones whether the mapping sees null values (else they are skipped) */
    Decoder(
            final String topic,
            final Deserializer<A> deserializer,
            final BiFunction<String, A, KeyValue<String, T>> mapping,
            final boolean tombstones) {
        this.topic = topic;
        this.deserializer = deserializer;
        this.mapping = mapping;
        this.tombstones = tombstones;
    }

    @Override
    public void init(final ProcessorContext<String, Decoded<T>> ctx) {
        this.context = ctx;
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.value() == null && !tombstones) {
            return;
        }
        final KeyValue<String, T> out;
        try {
            out = mapping.apply(
                    record.key(), record.value() == null ? null : deserializer.deserialize(topic, record.value()));
        } catch (RuntimeException e) {
            final RecordMetadata meta = context.recordMetadata().orElse(null);
            context.forward(record.withValue(new Decoded<T>(null, DeadLetters.value(record, meta, e)))
                    .withHeaders(DeadLetters.headers(record, meta, e)));
            return;
        }
        if (out != null) {
            context.forward(record.withKey(out.key).withValue(new Decoded<>(out.value, null)));
        }
    }
}
