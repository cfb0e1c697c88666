package io.hirehub.topologies.notify.topology;

import io.hirehub.topologies.notify.NotifyEventType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A source event as it came (its type and Avro bytes) and when the processor first saw it: what the
 * waiting store keeps, so a retry decodes exactly what arrived.
 */
record RawEvent(NotifyEventType type, byte[] value, long firstSeenMs) {

    /** {@code [type ordinal][first seen, 8 bytes][Avro bytes]}. */
    static final Serde<RawEvent> SERDE = Serdes.serdeFrom(
            (topic, e) -> e == null
                    ? null
                    : ByteBuffer.allocate(9 + e.value.length)
                            .put((byte) e.type.ordinal())
                            .putLong(e.firstSeenMs)
                            .put(e.value)
                            .array(),
            (topic, bytes) -> bytes == null
                    ? null
                    : new RawEvent(
                            NotifyEventType.values()[bytes[0]],
                            Arrays.copyOfRange(bytes, 9, bytes.length),
                            ByteBuffer.wrap(bytes, 1, 8).getLong()));

    RawEvent seenAt(final long ms) {
        return new RawEvent(type, value, ms);
    }
}
