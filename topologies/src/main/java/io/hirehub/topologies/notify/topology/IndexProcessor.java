package io.hirehub.topologies.notify.topology;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Re-keys a CDC changelog row {@code id → row} to {@code {foreign_key}:{id} → row} (the same Avro
 * bytes), so a global store over the output answers "the members of company X" with one prefix
 * scan. It remembers each row's last index key: a row that moves (another company) or is deleted
 * (tombstone) retracts its old entry. Undecodable rows become dead letters.
 */
final class IndexProcessor<V> implements Processor<String, byte[], String, Routed> {

    private static final DeadLetterValues DEAD_LETTERS = new DeadLetterValues();

    private final String topic;
    private final Deserializer<V> deserializer;
    private final Function<V, Object> foreignKey;
    private final String storeName;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, String> lastKeys;

    IndexProcessor(
            final String topic,
            final Deserializer<V> deserializer,
            final Function<V, Object> foreignKey,
            final String storeName) {
        this.topic = topic;
        this.deserializer = deserializer;
        this.foreignKey = foreignKey;
        this.storeName = storeName;
    }

    @Override
    public void init(final ProcessorContext<String, Routed> ctx) {
        this.context = ctx;
        this.lastKeys = ctx.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        final String id = record.key();
        if (id == null) {
            return;
        }
        final String previous = lastKeys.get(id);
        if (record.value() == null) {
            if (previous != null) {
                context.forward(record.withKey(previous).withValue(new Routed.Index(null)));
                lastKeys.delete(id);
            }
            return;
        }
        final Object fk;
        try {
            fk = foreignKey.apply(deserializer.deserialize(topic, record.value()));
        } catch (RuntimeException e) {
            final RecordMetadata meta = context.recordMetadata().orElse(null);
            final int partition = meta == null ? -1 : meta.partition();
            final long offset = meta == null ? -1 : meta.offset();
            final var headers = DeadLetterHeaders.describe(
                    new RecordHeaders(record.headers().toArray()),
                    topic,
                    partition,
                    offset,
                    e.getClass().getName(),
                    DEAD_LETTERS.maskedMessage(e));
            context.forward(new Record<String, Routed>(
                    id,
                    new Routed.Dead(DEAD_LETTERS.undecodable(
                            new DeadLetterValues.RecordSource(topic, partition, offset), record.value(), e)),
                    record.timestamp(),
                    headers));
            return;
        }
        final String key = fk == null ? null : fk + ":" + id;
        if (previous != null && !Objects.equals(previous, key)) {
            context.forward(record.withKey(previous).withValue(new Routed.Index(null)));
        }
        if (key == null) {
            lastKeys.delete(id);
            return;
        }
        lastKeys.put(id, key);
        context.forward(record.withKey(key).withValue(new Routed.Index(record.value())));
    }
}
