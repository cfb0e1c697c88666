package io.hirehub.edge.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationEventType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.InterviewType;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.edge.http.Json;
import io.hirehub.edge.write.ConflictException;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.schemas.values.SeedValues;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * apply-service writes, each inside the caller's transaction: the state row, its
 * {@code application_events} entry (the event log) and the outbox event, so all three commit together
 * or not at all. The caller has already checked the move against the workflow on the locked row.
 */
public final class ApplicationWriter {

    private final String schema;
    private final Outbox outbox;

    /**
     * @param schema apply-service schema ({@code apply_service} by default)
     * @param outbox encodes the events (registry client)
     */
    public ApplicationWriter(final String schema, final Outbox outbox) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** A new application, valid already. {@code matchScore} is null while the pair is not scored. */
    public record NewApplication(
            UUID id, UUID jobId, UUID userId, UUID resumeId, String coverLetter, BigDecimal matchScore) {}

    /** A new interview, valid already. */
    public record NewInterview(
            UUID id,
            UUID applicationId,
            InterviewType type,
            Instant scheduledAt,
            Integer durationMinutes,
            String location) {}

    /**
     * Inserts the application ({@code submitted}), its first event and {@code application.submitted};
     * a second application of the user to the job is a {@link ConflictException}. Returns the event id.
     */
    public UUID submit(final Connection c, final NewApplication a) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT id FROM " + schema + ".applications WHERE job_id = ? AND user_id = ?")) {
            s.setObject(1, a.jobId());
            s.setObject(2, a.userId());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    throw new ConflictException(
                            "the user already applied to job " + a.jobId() + " (application " + r.getObject(1) + ")",
                            null);
                }
            }
        }
        final Instant now = Outbox.now();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO " + schema + ".applications (id, job_id, user_id,"
                        + " resume_id, cover_letter, status, match_score, applied_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, a.id());
            s.setObject(2, a.jobId());
            s.setObject(3, a.userId());
            s.setObject(4, a.resumeId());
            s.setString(5, a.coverLetter());
            s.setString(6, SeedValues.sql(ApplicationStatus.SUBMITTED));
            if (a.matchScore() == null) {
                s.setNull(7, Types.DECIMAL);
            } else {
                s.setBigDecimal(7, a.matchScore());
            }
            s.setTimestamp(8, timestamp(now));
            s.setTimestamp(9, timestamp(now));
            s.executeUpdate();
        }
        final Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("job_id", a.jobId().toString());
        payload.put("resume_id", a.resumeId().toString());
        final UUID eventId = UUID.randomUUID();
        appendEvent(
                c,
                a.id(),
                ApplicationEventType.STATUS_CHANGED,
                null,
                ApplicationStatus.SUBMITTED,
                a.userId(),
                ActorType.JOBSEEKER,
                payload,
                now);
        outbox.append(
                c,
                schema + ".apply_outbox",
                List.of(new Outbox.Event<>(
                        eventId,
                        a.id().toString(),
                        Topics.APPLICATION_SUBMITTED,
                        ApplicationSubmitted.newBuilder()
                                .setEventId(eventId)
                                .setOccurredAt(now)
                                .setApplicationId(a.id())
                                .setJobId(a.jobId())
                                .setUserId(a.userId())
                                .build(),
                        now)));
        return eventId;
    }

    /**
     * Moves the (locked) application from {@code from} to {@code to}: status and updated_at, the event
     * row, {@code application.status_changed}. Returns the event row's id.
     */
    public UUID move(
            final Connection c,
            final UUID applicationId,
            final ApplicationStatus from,
            final ApplicationStatus to,
            final UUID actorId,
            final ActorType actorType,
            final Map<String, Object> payload)
            throws SQLException {
        final Instant now = Outbox.now();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE " + schema + ".applications SET status = ?, updated_at = ? WHERE id = ? AND status = ?")) {
            s.setString(1, SeedValues.sql(to));
            s.setTimestamp(2, timestamp(now));
            s.setObject(3, applicationId);
            s.setString(4, SeedValues.sql(from));
            if (s.executeUpdate() != 1) {
                throw new ConflictException(
                        "application " + applicationId + " is no longer " + SeedValues.sql(from), null);
            }
        }
        final UUID rowId = appendEvent(
                c, applicationId, ApplicationEventType.STATUS_CHANGED, from, to, actorId, actorType, payload, now);
        final UUID eventId = UUID.randomUUID();
        outbox.append(
                c,
                schema + ".apply_outbox",
                List.of(new Outbox.Event<>(
                        eventId,
                        applicationId.toString(),
                        Topics.APPLICATION_STATUS_CHANGED,
                        ApplicationStatusChanged.newBuilder()
                                .setEventId(eventId)
                                .setOccurredAt(now)
                                .setApplicationId(applicationId)
                                .setFromStatus(from)
                                .setToStatus(to)
                                .build(),
                        now)));
        return rowId;
    }

    /** Books an interview: the {@code interviews} row, its event row and {@code interview.scheduled}. */
    public void interview(final Connection c, final NewInterview i, final UUID actorId, final ActorType actorType)
            throws SQLException {
        final Instant now = Outbox.now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + schema + ".interviews (id, application_id,"
                + " interview_type, scheduled_at, duration_minutes, location, status, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)")) {
            s.setObject(1, i.id());
            s.setObject(2, i.applicationId());
            s.setString(3, SeedValues.sql(i.type()));
            s.setTimestamp(4, timestamp(i.scheduledAt()));
            if (i.durationMinutes() == null) {
                s.setNull(5, Types.INTEGER);
            } else {
                s.setInt(5, i.durationMinutes());
            }
            s.setString(6, i.location());
            s.setTimestamp(7, timestamp(now));
            s.setTimestamp(8, timestamp(now));
            s.executeUpdate();
        }
        final Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("interview_id", i.id().toString());
        payload.put("interview_type", SeedValues.sql(i.type()));
        payload.put("scheduled_at", i.scheduledAt().toString());
        appendEvent(
                c,
                i.applicationId(),
                ApplicationEventType.INTERVIEW_SCHEDULED,
                null,
                null,
                actorId,
                actorType,
                payload,
                now);
        final UUID eventId = UUID.randomUUID();
        outbox.append(
                c,
                schema + ".apply_outbox",
                List.of(new Outbox.Event<>(
                        eventId,
                        i.applicationId().toString(),
                        Topics.INTERVIEW_SCHEDULED,
                        InterviewScheduled.newBuilder()
                                .setEventId(eventId)
                                .setOccurredAt(now)
                                .setInterviewId(i.id())
                                .setApplicationId(i.applicationId())
                                .setScheduledAt(i.scheduledAt())
                                .build(),
                        now)));
    }

    private UUID appendEvent(
            final Connection c,
            final UUID applicationId,
            final ApplicationEventType type,
            final ApplicationStatus from,
            final ApplicationStatus to,
            final UUID actorId,
            final ActorType actorType,
            final Map<String, Object> payload,
            final Instant now)
            throws SQLException {
        final UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + schema + ".application_events (id,"
                + " application_id, event_type, from_status, to_status, actor_id, actor_type, payload, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)")) {
            s.setObject(1, id);
            s.setObject(2, applicationId);
            s.setString(3, SeedValues.sql(type));
            s.setString(4, from == null ? null : SeedValues.sql(from));
            s.setString(5, to == null ? null : SeedValues.sql(to));
            if (actorId == null) {
                s.setNull(6, Types.OTHER);
            } else {
                s.setObject(6, actorId);
            }
            s.setString(7, SeedValues.sql(actorType));
            s.setString(8, json(payload));
            s.setTimestamp(9, timestamp(now));
            s.executeUpdate();
        }
        return id;
    }

    private static String json(final Map<String, Object> payload) {
        if (payload == null || payload.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an event payload", e);
        }
    }

    private static Timestamp timestamp(final Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
