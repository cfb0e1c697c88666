package io.hirehub.schemas.topics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One of the seed's event topics: written only through an outbox row (in the transaction of the
 * state change) and published by Debezium's outbox event router, keyed by the aggregate's id.
 * {@link io.hirehub.schemas.outbox.Outbox} takes events of this type only, so an event can go to its
 * own topic with its own record type and nowhere else.
 *
 * @param <V> the event record
 */
public final class EventTopic<V extends SpecificRecord> extends Topic<String, V> {

    private final String aggregateType;

    EventTopic(
            final String name,
            final Class<V> valueType,
            final String aggregateType,
            final Duration retention,
            final String description) {
        super(
                name,
                TopicKind.EVENT,
                CleanupPolicy.DELETE,
                Optional.of(retention),
                true,
                description,
                Serdes.String(),
                valueType);
        this.aggregateType = Objects.requireNonNull(aggregateType, "aggregateType");
    }

    /** The outbox row's {@code aggregate_type} ({@code job}, {@code resume}, …); a header on the event. */
    public String aggregateType() {
        return aggregateType;
    }
}
