package io.hirehub.topologies.apply.topology;

import io.hirehub.avro.entity.Application;
import io.hirehub.topologies.apply.topology.ApplyRecords.ObservedStatus;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow;
import io.hirehub.topologies.streams.SourcePositions;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The guard over the {@code applications} changelog (CDC, keyed by application id): every status
 * change a row shows, whoever wrote it (the edge, or another system writing the table directly), is
 * checked against {@link ApplicationWorkflow} from the status this row was last seen in. A move the
 * workflow does not have, or a row inserted in another status than {@code submitted}, goes to the
 * dead-letter topic with the reason. It only reports: the event-sourced state stays authoritative.
 *
 * <p>The last seen status and WAL position per row are kept in {@value ApplicationsTopology#OBSERVED_STATUS_STORE}
 * (changelogged, so a restart resumes where it stopped). A record at or before the position already
 * seen (the CDC's at-least-once redelivery) and a change that keeps the status (e.g. the score
 * write-back) are no moves, so a replay reports nothing twice. The first sight of a row that was
 * updated before this guard ran (snapshot, compacted history) is taken as it is.
 */
final class StatusChangeGuard implements Processor<String, byte[], String, byte[]> {

    private static final String OP = "op";
    private static final String INSERT = "c";

    private final String topic;
    private final Deserializer<Application> deserializer;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ObservedStatus> observed;

    StatusChangeGuard(final String topic, final Deserializer<Application> deserializer) {
        this.topic = topic;
        this.deserializer = deserializer;
    }

    @Override
    public void init(final ProcessorContext<String, byte[]> ctx) {
        this.context = ctx;
        this.observed = ctx.getStateStore(ApplicationsTopology.OBSERVED_STATUS_STORE);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            observed.delete(record.key());
            return;
        }
        final Application row;
        try {
            row = deserializer.deserialize(topic, record.value());
        } catch (RuntimeException e) {
            return; // the pair decoder of the same topic dead-letters it once
        }
        if (row == null || row.getStatus() == null) {
            return;
        }
        final long lsn = SourcePositions.read(record.headers(), SourcePositions.CDC_LSN);
        final ObservedStatus before = observed.get(record.key());
        if (before != null && lsn != SourcePositions.UNKNOWN && lsn <= before.lsn()) {
            return; // a redelivered change this guard has already checked
        }
        final String to = ApplicationWorkflow.sql(row.getStatus());
        final String refusal = refusal(row, before, to, isInsert(record));
        observed.put(record.key(), new ObservedStatus(to, Math.max(lsn, before == null ? 0 : before.lsn())));
        if (refusal != null) {
            final RecordMetadata meta = context.recordMetadata().orElse(null);
            final ImpossibleSequenceException e = new ImpossibleSequenceException(refusal);
            context.forward(record.withValue(DeadLetters.value(record, meta, e))
                    .withHeaders(DeadLetters.headers(record, meta, e)));
        }
    }

    /** Why this change is impossible, or null when it is no move or an allowed one. */
    private static String refusal(
            final Application row, final ObservedStatus before, final String to, final boolean insert) {
        final String id = row.getId().toString();
        if (before == null) {
            return insert && row.getStatus() != ApplicationWorkflow.INITIAL
                    ? "applications row " + id + " was inserted as " + to + "; an application starts as "
                            + ApplicationWorkflow.sql(ApplicationWorkflow.INITIAL)
                    : null;
        }
        if (before.status().equals(to)) {
            return null;
        }
        final ApplicationWorkflow.Decision decision =
                ApplicationWorkflow.check(ApplicationProcessor.status(before.status()), row.getStatus());
        return decision.allowed()
                ? null
                : "applications row " + id + " changed from " + before.status() + " to " + to
                        + " outside the workflow: " + decision.reason();
    }

    private static boolean isInsert(final Record<String, byte[]> record) {
        final Header op = record.headers().lastHeader(OP);
        return op != null && op.value() != null && INSERT.equals(new String(op.value(), StandardCharsets.UTF_8));
    }
}
