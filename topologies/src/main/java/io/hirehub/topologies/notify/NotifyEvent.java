package io.hirehub.topologies.notify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the five source events, flattened to what the notifications need. Fields an event type
 * does not carry are {@code null}.
 *
 * @param eventId       the outbox event's id (the idempotency key of everything it yields)
 * @param type          which event
 * @param occurredAt    when it happened
 * @param applicationId application events and interviews
 * @param jobId         {@code application.submitted}, {@code match.recommended}
 * @param userId        the jobseeker, where the event names it
 * @param interviewId   {@code interview.scheduled}
 * @param resumeId      {@code resume.processed}
 * @param newStatus     the seed value the application or resume moved to
 * @param oldStatus     the application's previous status
 * @param scheduledAt   {@code interview.scheduled}
 * @param score         {@code match.recommended}
 */
public record NotifyEvent(
        String eventId,
        NotifyEventType type,
        Instant occurredAt,
        String applicationId,
        String jobId,
        String userId,
        String interviewId,
        String resumeId,
        String newStatus,
        String oldStatus,
        Instant scheduledAt,
        BigDecimal score) {

    public NotifyEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }
}
