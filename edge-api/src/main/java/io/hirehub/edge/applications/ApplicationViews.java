package io.hirehub.edge.applications;

import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.InterviewEntry;
import io.hirehub.topologies.apply.query.JobStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of the application routes, in the seed's snake_case names. */
public final class ApplicationViews {

    private ApplicationViews() {}

    /** An {@code applications} row. */
    public record ApplicationView(
            UUID id,
            UUID jobId,
            UUID userId,
            UUID resumeId,
            String coverLetter,
            String status,
            BigDecimal matchScore,
            Instant appliedAt,
            Instant updatedAt) {}

    /** A list of applications. */
    public record ApplicationList(List<ApplicationView> applications) {}

    /** An {@code application_events} row as the move answers it. */
    public record EventView(
            UUID id,
            UUID applicationId,
            String eventType,
            String fromStatus,
            String toStatus,
            UUID actorId,
            String actorType,
            Instant createdAt) {}

    /** A move's answer: the application after it and the event written. */
    public record TransitionView(ApplicationView application, EventView event) {}

    /** An {@code interviews} row. */
    public record InterviewView(
            UUID id,
            UUID applicationId,
            String interviewType,
            Instant scheduledAt,
            Integer durationMinutes,
            String location,
            String status) {}

    /** One entry of an application's history (from the topology's store). */
    public record HistoryEntryView(
            String eventId, String eventType, String fromStatus, String toStatus, Instant occurredAt) {}

    /** An interview as the topology's stores hold it. */
    public record ScheduledView(String interviewId, String applicationId, String jobId, Instant scheduledAt) {
        static ScheduledView of(final InterviewEntry i) {
            return new ScheduledView(i.interviewId(), i.applicationId(), i.jobId(), micros(i.scheduledAt()));
        }
    }

    /** An application's state and full history, rebuilt from its events by the applications topology. */
    public record HistoryView(
            String applicationId,
            String jobId,
            String userId,
            String status,
            List<HistoryEntryView> history,
            List<ScheduledView> interviews) {
        static HistoryView of(final ApplicationState s) {
            return new HistoryView(
                    s.applicationId(),
                    s.jobId(),
                    s.userId(),
                    s.status(),
                    s.history().stream()
                            .map(e -> new HistoryEntryView(
                                    e.eventId(), e.eventType(), e.fromStatus(), e.toStatus(), micros(e.occurredAt())))
                            .toList(),
                    s.interviews().stream().map(ScheduledView::of).toList());
        }
    }

    /** An application's interviews. */
    public record InterviewsView(String applicationId, List<ScheduledView> interviews) {}

    /** A user's upcoming interviews, soonest first. */
    public record UpcomingView(String userId, List<ScheduledView> interviews) {}

    /** A job's funnel: applications by current status, and how many were ever submitted. */
    public record FunnelView(String jobId, Map<String, Long> byStatus, long appliesCount) {
        static FunnelView of(final JobStats s) {
            return new FunnelView(s.jobId(), s.byStatus(), s.appliesCount());
        }
    }

    /** A job's view count. */
    public record ViewsView(String jobId, long viewsCount) {}

    /** A recorded view. */
    public record ViewRecorded(UUID eventId, UUID jobId) {}

    static Instant micros(final long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
