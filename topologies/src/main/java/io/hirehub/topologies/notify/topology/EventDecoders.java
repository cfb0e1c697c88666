package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.avro.event.MatchRecommended;
import io.hirehub.avro.event.ResumeProcessed;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.notify.NotifyEvent;
import io.hirehub.topologies.notify.NotifyEventType;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;

/** Decodes each source topic's Avro value into a {@link NotifyEvent}. */
final class EventDecoders {

    private final Map<NotifyEventType, Function<byte[], NotifyEvent>> decoders = new EnumMap<>(NotifyEventType.class);

    EventDecoders(final TopicSerdes serdes) {
        final Deserializer<ApplicationSubmitted> submitted =
                serdes.value(Topics.APPLICATION_SUBMITTED).deserializer();
        final Deserializer<ApplicationStatusChanged> changed =
                serdes.value(Topics.APPLICATION_STATUS_CHANGED).deserializer();
        final Deserializer<InterviewScheduled> interview =
                serdes.value(Topics.INTERVIEW_SCHEDULED).deserializer();
        final Deserializer<MatchRecommended> recommended =
                serdes.value(Topics.MATCH_RECOMMENDED).deserializer();
        final Deserializer<ResumeProcessed> processed =
                serdes.value(Topics.RESUME_PROCESSED).deserializer();
        decoders.put(NotifyEventType.APPLICATION_SUBMITTED, bytes -> {
            final ApplicationSubmitted e = submitted.deserialize(Topics.APPLICATION_SUBMITTED.name(), bytes);
            return new NotifyEvent(
                    str(e.getEventId()),
                    NotifyEventType.APPLICATION_SUBMITTED,
                    e.getOccurredAt(),
                    str(e.getApplicationId()),
                    str(e.getJobId()),
                    str(e.getUserId()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        });
        decoders.put(NotifyEventType.APPLICATION_STATUS_CHANGED, bytes -> {
            final ApplicationStatusChanged e = changed.deserialize(Topics.APPLICATION_STATUS_CHANGED.name(), bytes);
            return new NotifyEvent(
                    str(e.getEventId()),
                    NotifyEventType.APPLICATION_STATUS_CHANGED,
                    e.getOccurredAt(),
                    str(e.getApplicationId()),
                    null,
                    null,
                    null,
                    null,
                    lower(e.getToStatus()),
                    lower(e.getFromStatus()),
                    null,
                    null);
        });
        decoders.put(NotifyEventType.INTERVIEW_SCHEDULED, bytes -> {
            final InterviewScheduled e = interview.deserialize(Topics.INTERVIEW_SCHEDULED.name(), bytes);
            return new NotifyEvent(
                    str(e.getEventId()),
                    NotifyEventType.INTERVIEW_SCHEDULED,
                    e.getOccurredAt(),
                    str(e.getApplicationId()),
                    null,
                    null,
                    str(e.getInterviewId()),
                    null,
                    null,
                    null,
                    e.getScheduledAt(),
                    null);
        });
        decoders.put(NotifyEventType.MATCH_RECOMMENDED, bytes -> {
            final MatchRecommended e = recommended.deserialize(Topics.MATCH_RECOMMENDED.name(), bytes);
            return new NotifyEvent(
                    str(e.getEventId()),
                    NotifyEventType.MATCH_RECOMMENDED,
                    e.getOccurredAt(),
                    null,
                    str(e.getJobId()),
                    str(e.getUserId()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    e.getScore());
        });
        decoders.put(NotifyEventType.RESUME_PROCESSED, bytes -> {
            final ResumeProcessed e = processed.deserialize(Topics.RESUME_PROCESSED.name(), bytes);
            return new NotifyEvent(
                    str(e.getEventId()),
                    NotifyEventType.RESUME_PROCESSED,
                    e.getOccurredAt(),
                    null,
                    null,
                    str(e.getUserId()),
                    null,
                    str(e.getResumeId()),
                    lower(e.getStatus()),
                    null,
                    null,
                    null);
        });
    }

    NotifyEvent decode(final NotifyEventType type, final byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("an event without a value (tombstone) on " + type.wireName());
        }
        return decoders.get(type).apply(value);
    }

    private static String str(final Object value) {
        return value == null ? null : value.toString();
    }

    private static String lower(final Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
