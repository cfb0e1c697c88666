package io.hirehub.topologies.match.topology;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A raw input record decoded into a domain value, or the reason it could not be. Decoding happens
 * in the topology (values are consumed as bytes) so that one bad record goes to the dead-letter
 * topic with headers instead of stopping the application.
 *
 * @param value      the domain value; {@code null} with {@code error == null} is a tombstone
 * @param error      why decoding failed, or {@code null}
 * @param deadLetter the dead letter's value when decoding failed ({@link DeadLetterValues}: the
 *                   position, the masked error, a digest of the bytes, never the bytes)
 */
record Decoded<T>(T value, RuntimeException error, byte[] deadLetter) {

    private static final DeadLetterValues DEAD_LETTERS = new DeadLetterValues();

    /** Who handles a tombstone (a {@code null} value). */
    enum Tombstones {
        /** A tombstone stays {@code null}; the mapping never sees it. */
        PASS_ON,
        /** The mapping gets the key and {@code null} (e.g. to read a composite key), and may refuse it. */
        TO_DOMAIN
    }

    boolean failed() {
        return error != null;
    }

    /**
     * Processor decoding the value with {@code deserializer}, then mapping key and record with
     * {@code toDomain}; any failure of either becomes the dead letter's value (never the raw bytes).
     */
    static <A, T> FixedKeyProcessor<String, byte[], Decoded<T>> decoder(
            final String topic,
            final Deserializer<A> deserializer,
            final BiFunction<String, A, T> toDomain,
            final Tombstones tombstones) {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, Decoded<T>> context;

            @Override
            public void init(final FixedKeyProcessorContext<String, Decoded<T>> ctx) {
                this.context = ctx;
            }

            @Override
            public void process(final FixedKeyRecord<String, byte[]> record) {
                final byte[] raw = record.value();
                Decoded<T> out;
                if (raw == null && tombstones == Tombstones.PASS_ON) {
                    out = new Decoded<>(null, null, null);
                } else {
                    try {
                        final A decoded = raw == null ? null : deserializer.deserialize(topic, raw);
                        out = new Decoded<>(toDomain.apply(record.key(), decoded), null, null);
                    } catch (RuntimeException e) {
                        out = new Decoded<>(null, e, null);
                    }
                }
                if (out.failed()) {
                    final RecordMetadata meta = context.recordMetadata().orElse(null);
                    final int partition = meta == null ? -1 : meta.partition();
                    final long offset = meta == null ? -1 : meta.offset();
                    final Headers headers = DeadLetterHeaders.describe(
                            new RecordHeaders(record.headers().toArray()),
                            topic,
                            partition,
                            offset,
                            out.error().getClass().getName(),
                            DEAD_LETTERS.maskedMessage(out.error()));
                    final byte[] deadLetter = DEAD_LETTERS.undecodable(
                            new DeadLetterValues.RecordSource(topic, partition, offset), raw, out.error());
                    context.forward(record.withValue(new Decoded<T>(null, out.error(), deadLetter))
                            .withHeaders(headers));
                } else {
                    context.forward(record.withValue(out));
                }
            }
        };
    }
}
