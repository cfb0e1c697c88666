package io.hirehub.topologies.apply.topology;

import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.ApplicationState.HistoryEntry;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.InterviewEntry;
import io.hirehub.topologies.apply.topology.ApplyRecords.Emitted;
import io.hirehub.topologies.apply.topology.ApplyRecords.JobDelta;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Rebuilds each application (keyed by application_id) from its events: {@code application.submitted},
 * {@code application.status_changed}, {@code interview.scheduled}. Every move is checked with
 * {@link ApplicationWorkflow} against the status the history has reached; an impossible one (or an
 * unreadable record) becomes a dead letter with the reason and changes nothing. A redelivered event
 * (same event id) is dropped. A move that arrives before its submission (the topics are read side by
 * side) is held, then applied in time order once the submission arrives. Emits the job's funnel moves
 * (keyed by job_id) and the user's interviews (keyed by user_id).
 */
final class ApplicationProcessor implements Processor<String, byte[], String, Emitted> {

    /** At most this many events are held for an application whose submission has not arrived. */
    static final int MAX_PENDING = 100;

    private static final String SUBMITTED = "submitted";
    private static final String STATUS_CHANGED = "status_changed";
    private static final String INTERVIEW_SCHEDULED = "interview_scheduled";

    private final Deserializer<ApplicationSubmitted> submitted;
    private final Deserializer<ApplicationStatusChanged> moved;
    private final Deserializer<InterviewScheduled> interviews;
    private ProcessorContext<String, Emitted> context;
    private KeyValueStore<String, ApplicationState> store;

    ApplicationProcessor(
            final Deserializer<ApplicationSubmitted> submitted,
            final Deserializer<ApplicationStatusChanged> moved,
            final Deserializer<InterviewScheduled> interviews) {
        this.submitted = submitted;
        this.moved = moved;
        this.interviews = interviews;
    }

    @Override
    public void init(final ProcessorContext<String, Emitted> ctx) {
        this.context = ctx;
        this.store = ctx.getStateStore(ApplicationStore.APPLICATIONS.storeName());
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        if (record.value() == null || record.key() == null) {
            return;
        }
        final RecordMetadata meta = context.recordMetadata().orElse(null);
        final String topic = meta == null ? "" : meta.topic();
        final HistoryEntry event;
        final String jobId;
        final String userId;
        try {
            if (topic.equals(Topics.APPLICATION_SUBMITTED.name())) {
                final ApplicationSubmitted e = submitted.deserialize(topic, record.value());
                event = HistoryEntry.move(
                        e.getEventId().toString(), SUBMITTED, null, "submitted", micros(e.getOccurredAt()));
                jobId = e.getJobId().toString();
                userId = e.getUserId().toString();
            } else if (topic.equals(Topics.APPLICATION_STATUS_CHANGED.name())) {
                final ApplicationStatusChanged e = moved.deserialize(topic, record.value());
                event = HistoryEntry.move(
                        e.getEventId().toString(),
                        STATUS_CHANGED,
                        SeedValues.sql(e.getFromStatus()),
                        SeedValues.sql(e.getToStatus()),
                        micros(e.getOccurredAt()));
                jobId = null;
                userId = null;
            } else {
                final InterviewScheduled e = interviews.deserialize(topic, record.value());
                event = new HistoryEntry(
                        e.getEventId().toString(),
                        INTERVIEW_SCHEDULED,
                        null,
                        null,
                        micros(e.getOccurredAt()),
                        e.getInterviewId().toString(),
                        micros(e.getScheduledAt()));
                jobId = null;
                userId = null;
            }
        } catch (RuntimeException e) {
            deadLetter(record, topic, meta, e);
            return;
        }
        final String key = record.key();
        final ApplicationState before = store.get(key);
        ApplicationState state = before != null
                ? before
                : new ApplicationState(key, null, null, null, 0, List.of(), List.of(), List.of());
        if (state.seen(event.eventId())) {
            return; // a redelivery (CDC is at-least-once): applied already
        }
        try {
            if (event.eventType().equals(SUBMITTED)) {
                if (state.submitted()) {
                    throw new ImpossibleSequenceException("application " + key + " was already submitted (event "
                            + state.history().get(0).eventId() + ")");
                }
                state = apply(
                        new ApplicationState(
                                key, jobId, userId, null, event.occurredAt(), List.of(), List.of(), state.pending()),
                        event,
                        record);
                state = drainPending(state, record, topic, meta);
            } else if (!state.submitted()) {
                if (state.pending().size() >= MAX_PENDING) {
                    throw new ImpossibleSequenceException("application " + key + " has " + MAX_PENDING
                            + " events waiting for a submission that never came");
                }
                final List<HistoryEntry> pending = new ArrayList<>(state.pending());
                pending.add(event);
                state = new ApplicationState(key, null, null, null, 0, List.of(), List.of(), pending);
            } else {
                state = apply(state, event, record);
            }
        } catch (ImpossibleSequenceException e) {
            deadLetter(record, topic, meta, e);
            return;
        }
        store.put(key, state);
    }

    /** Applies each held event in time order; an impossible one becomes a dead letter and is dropped. */
    private ApplicationState drainPending(
            final ApplicationState submittedState,
            final Record<String, byte[]> record,
            final String topic,
            final RecordMetadata meta) {
        ApplicationState state = withPending(submittedState, List.of());
        final List<HistoryEntry> held = submittedState.pending().stream()
                .sorted(Comparator.comparingLong(HistoryEntry::occurredAt))
                .toList();
        for (final HistoryEntry event : held) {
            try {
                state = apply(state, event, record);
            } catch (ImpossibleSequenceException e) {
                deadLetter(record, topic, meta, e);
            }
        }
        return state;
    }

    /** The state after {@code event}, emitting its consequences; throws when the workflow has no such step. */
    private ApplicationState apply(
            final ApplicationState state, final HistoryEntry event, final Record<String, byte[]> record) {
        final List<HistoryEntry> history = new ArrayList<>(state.history());
        history.add(event);
        switch (event.eventType()) {
            case SUBMITTED -> {
                context.forward(record.withKey(state.jobId())
                        .withValue(new Emitted(
                                new JobDelta(state.jobId(), event.eventId(), JobDelta.MOVE, null, event.toStatus()),
                                null,
                                null)));
                return new ApplicationState(
                        state.applicationId(),
                        state.jobId(),
                        state.userId(),
                        ApplicationWorkflow.sql(ApplicationWorkflow.INITIAL),
                        state.submittedAt(),
                        history,
                        state.interviews(),
                        state.pending());
            }
            case STATUS_CHANGED -> {
                if (!event.fromStatus().equals(state.status())) {
                    throw new ImpossibleSequenceException("application " + state.applicationId() + " is "
                            + state.status() + ", but event " + event.eventId() + " moves it from "
                            + event.fromStatus() + " to " + event.toStatus());
                }
                final ApplicationWorkflow.Decision decision =
                        ApplicationWorkflow.check(status(event.fromStatus()), status(event.toStatus()));
                if (!decision.allowed()) {
                    throw new ImpossibleSequenceException("event " + event.eventId() + " of application "
                            + state.applicationId() + ": " + decision.reason());
                }
                context.forward(record.withKey(state.jobId())
                        .withValue(new Emitted(
                                new JobDelta(
                                        state.jobId(),
                                        event.eventId(),
                                        JobDelta.MOVE,
                                        event.fromStatus(),
                                        event.toStatus()),
                                null,
                                null)));
                return new ApplicationState(
                        state.applicationId(),
                        state.jobId(),
                        state.userId(),
                        event.toStatus(),
                        state.submittedAt(),
                        history,
                        state.interviews(),
                        state.pending());
            }
            default -> {
                final InterviewEntry interview = new InterviewEntry(
                        event.interviewId(),
                        state.applicationId(),
                        state.jobId(),
                        state.userId(),
                        event.scheduledAt(),
                        event.eventId());
                final List<InterviewEntry> booked = new ArrayList<>(state.interviews());
                booked.add(interview);
                context.forward(record.withKey(state.userId()).withValue(new Emitted(null, interview, null)));
                return new ApplicationState(
                        state.applicationId(),
                        state.jobId(),
                        state.userId(),
                        state.status(),
                        state.submittedAt(),
                        history,
                        booked,
                        state.pending());
            }
        }
    }

    private static ApplicationState withPending(final ApplicationState s, final List<HistoryEntry> pending) {
        return new ApplicationState(
                s.applicationId(),
                s.jobId(),
                s.userId(),
                s.status(),
                s.submittedAt(),
                s.history(),
                s.interviews(),
                pending);
    }

    /** The status whose seed SQL text is {@code sql}; {@code UNKNOWN} for any other text. */
    static ApplicationStatus status(final String sql) {
        for (final ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.UNKNOWN && SeedValues.sql(status).equals(sql)) {
                return status;
            }
        }
        return ApplicationStatus.UNKNOWN;
    }

    private void deadLetter(
            final Record<String, byte[]> record,
            final String topic,
            final RecordMetadata meta,
            final RuntimeException e) {
        context.forward(record.withValue(new Emitted(null, null, DeadLetters.value(record, meta, e)))
                .withHeaders(DeadLetters.headers(record, meta, e)));
    }

    static long micros(final Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
