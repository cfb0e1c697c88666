package io.hirehub.topologies.apply.topology;

import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationEvent;
import io.hirehub.avro.entity.ApplicationEventType;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow;
import io.hirehub.topologies.streams.SourcePositions;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The guard over the {@code application_events} changelog (CDC, keyed by event id): each
 * {@code status_changed} row names its move and who made it, so it is checked on its own with
 * {@link ApplicationWorkflow#check(io.hirehub.avro.entity.ApplicationStatus,
 * io.hirehub.avro.entity.ApplicationStatus, ActorType)}: a move that does not exist, or one made by
 * the other side (a company accepting an offer), goes to the dead-letter topic with the reason. A row
 * without an actor type is checked for the move only. The first entry of an application (from
 * nothing) must be {@code submitted}.
 *
 * <p>Event rows are append-only, so only the refused ones are remembered (store
 * {@value ApplicationsTopology#FLAGGED_EVENTS_STORE}, event id → WAL position): a redelivered row is
 * reported once. Rows that cannot be decoded become dead letters too.
 */
final class EventActorGuard implements Processor<String, byte[], String, byte[]> {

    private final String topic;
    private final Deserializer<ApplicationEvent> deserializer;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, Long> flagged;

    EventActorGuard(final String topic, final Deserializer<ApplicationEvent> deserializer) {
        this.topic = topic;
        this.deserializer = deserializer;
    }

    @Override
    public void init(final ProcessorContext<String, byte[]> ctx) {
        this.context = ctx;
        this.flagged = ctx.getStateStore(ApplicationsTopology.FLAGGED_EVENTS_STORE);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        final String refusal;
        try {
            refusal = refusal(deserializer.deserialize(topic, record.value()));
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return;
        }
        if (refusal == null || flagged.get(record.key()) != null) {
            return;
        }
        flagged.put(record.key(), SourcePositions.read(record.headers(), SourcePositions.CDC_LSN));
        deadLetter(record, new ImpossibleSequenceException(refusal));
    }

    /** Why this event row records an impossible move, or null when it is allowed or no move. */
    private static String refusal(final ApplicationEvent row) {
        if (row == null || row.getEventType() != ApplicationEventType.STATUS_CHANGED || row.getToStatus() == null) {
            return null;
        }
        final String where = "application_events row " + row.getId() + " of application " + row.getApplicationId();
        if (row.getFromStatus() == null) {
            return row.getToStatus() == ApplicationWorkflow.INITIAL
                    ? null
                    : where + " starts the application as " + ApplicationWorkflow.sql(row.getToStatus())
                            + "; an application starts as " + ApplicationWorkflow.sql(ApplicationWorkflow.INITIAL);
        }
        final ActorType actor = row.getActorType() == null ? ActorType.SYSTEM : row.getActorType();
        final ApplicationWorkflow.Decision decision =
                ApplicationWorkflow.check(row.getFromStatus(), row.getToStatus(), actor);
        return decision.allowed() ? null : where + ": " + decision.reason();
    }

    private void deadLetter(final Record<String, byte[]> record, final RuntimeException e) {
        final RecordMetadata meta = context.recordMetadata().orElse(null);
        context.forward(
                record.withValue(DeadLetters.value(record, meta, e)).withHeaders(DeadLetters.headers(record, meta, e)));
    }
}
