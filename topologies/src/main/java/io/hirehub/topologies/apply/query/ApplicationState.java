package io.hirehub.topologies.apply.query;

import java.util.List;
import java.util.Objects;

/**
 * One application as its event log says: the submission, every status move and every interview,
 * in order. Times are epoch microseconds (the events' {@code occurred_at}).
 *
 * @param status     the status after the last applied move (seed SQL text, e.g. {@code reviewing})
 * @param history    every applied event, oldest first; its event ids make a redelivered event a no-op
 * @param interviews the interviews booked, in booking order
 * @param pending    moves that arrived before the submission (another topic may be read ahead), applied
 *                   once it arrives
 */
public record ApplicationState(
        String applicationId,
        String jobId,
        String userId,
        String status,
        long submittedAt,
        List<HistoryEntry> history,
        List<InterviewEntry> interviews,
        List<HistoryEntry> pending) {

    public ApplicationState {
        Objects.requireNonNull(applicationId, "applicationId");
        history = List.copyOf(history);
        interviews = List.copyOf(interviews);
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    /** Whether the submission has been seen (before it, only pending moves are held). */
    public boolean submitted() {
        return jobId != null;
    }

    /** Whether an event with this id was already applied or is pending. */
    public boolean seen(final String eventId) {
        return history.stream().anyMatch(e -> e.eventId().equals(eventId))
                || pending.stream().anyMatch(e -> e.eventId().equals(eventId))
                || interviews.stream().anyMatch(i -> i.eventId().equals(eventId));
    }

    /**
     * One entry of the history.
     *
     * @param eventType   {@code submitted}, {@code status_changed} or {@code interview_scheduled}
     * @param fromStatus  null for the submission and interviews
     * @param toStatus    null for interviews
     * @param occurredAt  epoch microseconds
     * @param interviewId the interview booked, for {@code interview_scheduled} only
     * @param scheduledAt when it takes place (epoch microseconds), for {@code interview_scheduled} only
     */
    public record HistoryEntry(
            String eventId,
            String eventType,
            String fromStatus,
            String toStatus,
            long occurredAt,
            String interviewId,
            Long scheduledAt) {

        /** A submission or a status move. */
        public static HistoryEntry move(
                final String eventId, final String eventType, final String from, final String to, final long at) {
            return new HistoryEntry(eventId, eventType, from, to, at, null, null);
        }
    }
}
