package io.hirehub.edge.applications;

import io.hirehub.avro.event.JobViewed;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * job-service's {@code job.viewed} outbox row: a view writes nothing else; the applications topology
 * counts the events and writes {@code jobs.views_count} back.
 */
public final class JobViewWriter {

    private final String schema;
    private final Outbox outbox;

    public JobViewWriter(final String schema, final Outbox outbox) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Appends one view of {@code jobId} by {@code viewerId}; returns the event id. */
    public UUID viewed(final Connection c, final UUID jobId, final UUID viewerId) throws SQLException {
        final Instant now = Outbox.now();
        final UUID eventId = UUID.randomUUID();
        outbox.append(
                c,
                schema + ".job_outbox",
                List.of(new Outbox.Event<>(
                        eventId,
                        jobId.toString(),
                        Topics.JOB_VIEWED,
                        JobViewed.newBuilder()
                                .setEventId(eventId)
                                .setOccurredAt(now)
                                .setJobId(jobId)
                                .setViewerId(viewerId)
                                .build(),
                        now)));
        return eventId;
    }
}
