package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.entity.Notification;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import io.hirehub.topologies.notify.EventResolver;
import io.hirehub.topologies.notify.NotificationFactory;
import io.hirehub.topologies.notify.NotifyEvent;
import io.hirehub.topologies.notify.NotifySettings;
import io.hirehub.topologies.notify.Resolution;
import io.hirehub.topologies.notify.template.TemplateRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events → notifications. An event id seen before is dropped (CDC is at-least-once; under
 * exactly_once_v2 the seen-store update commits with the output, so a crash replays neither twice).
 * An event whose rows have not arrived waits in {@link NotifyNames#WAITING_EVENTS} and is tried again
 * every {@code retryInterval} (wall clock) until {@code giveUpAfter}, then goes to the dead-letter
 * topic with what was missing. Seen ids are forgotten after {@link #SEEN_RETENTION} (the event
 * topics' retention: no replay can bring them back later).
 */
final class NotifyProcessor implements Processor<String, RawEvent, String, Routed> {

    static final Duration SEEN_RETENTION = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(NotifyProcessor.class);
    private static final DeadLetterValues DEAD_LETTERS = new DeadLetterValues();

    private final NotifySettings settings;
    private final EventDecoders decoders;
    private final NotificationFactory factory = new NotificationFactory(new TemplateRenderer());
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, Long> seen;
    private KeyValueStore<String, RawEvent> waiting;
    private StoreDirectory directory;
    private EventResolver resolver;
    private long lastSeenCleanupMs;

    NotifyProcessor(final NotifySettings settings, final EventDecoders decoders) {
        this.settings = settings;
        this.decoders = decoders;
    }

    @Override
    public void init(final ProcessorContext<String, Routed> ctx) {
        this.context = ctx;
        this.seen = ctx.getStateStore(NotifyNames.SEEN_EVENTS);
        this.waiting = ctx.getStateStore(NotifyNames.WAITING_EVENTS);
        this.directory = new StoreDirectory(ctx);
        this.resolver = new EventResolver(directory, settings);
        ctx.schedule(settings.retryInterval(), PunctuationType.WALL_CLOCK_TIME, this::retryWaiting);
    }

    @Override
    public void process(final Record<String, RawEvent> record) {
        final RawEvent raw = record.value().seenAt(context.currentSystemTimeMs());
        final NotifyEvent event;
        try {
            event = decoders.decode(raw.type(), raw.value());
        } catch (RuntimeException e) {
            final RecordMetadata meta = context.recordMetadata().orElse(null);
            final int partition = meta == null ? -1 : meta.partition();
            final long offset = meta == null ? -1 : meta.offset();
            final String topic = raw.type().wireName();
            final Headers headers = DeadLetterHeaders.describe(
                    new RecordHeaders(record.headers().toArray()),
                    topic,
                    partition,
                    offset,
                    e.getClass().getName(),
                    DEAD_LETTERS.maskedMessage(e));
            context.forward(new Record<String, Routed>(
                    record.key(),
                    new Routed.Dead(DEAD_LETTERS.undecodable(
                            new DeadLetterValues.RecordSource(topic, partition, offset), raw.value(), e)),
                    record.timestamp(),
                    headers));
            return;
        }
        if (seen.get(event.eventId()) != null) {
            LOG.debug("{} event {} seen before: dropped", event.type().wireName(), event.eventId());
            return;
        }
        handle(event, raw, record.timestamp());
    }

    private void handle(final NotifyEvent event, final RawEvent raw, final long timestamp) {
        final Resolution resolution = resolver.resolve(event);
        final long now = context.currentSystemTimeMs();
        if (resolution instanceof Resolution.Ready ready) {
            final List<Notification> out =
                    factory.build(event, ready.recipients(), ready.variables(), directory.templates(event.type()));
            for (final Notification n : out) {
                context.forward(new Record<>(n.getId().toString(), new Routed.Out(n), timestamp));
            }
            seen.put(event.eventId(), now);
            waiting.delete(event.eventId());
            LOG.debug("{} event {}: {} notifications", event.type().wireName(), event.eventId(), out.size());
            return;
        }
        final Resolution.Waiting wait = (Resolution.Waiting) resolution;
        if (now - raw.firstSeenMs() >= settings.giveUpAfter().toMillis()) {
            final String message = "unresolved after " + settings.giveUpAfter() + ": " + wait.missing() + " not found";
            LOG.warn("{} event {} {}", event.type().wireName(), event.eventId(), message);
            final Headers headers = DeadLetterHeaders.describe(
                    new RecordHeaders(), event.type().wireName(), -1, -1, "UnresolvedEvent", message);
            context.forward(new Record<String, Routed>(
                    event.eventId(),
                    new Routed.Dead(DEAD_LETTERS.undecodable(
                            new DeadLetterValues.RecordSource(event.type().wireName(), -1, -1),
                            raw.value(),
                            new IllegalStateException(message))),
                    now,
                    headers));
            seen.put(event.eventId(), now);
            waiting.delete(event.eventId());
            return;
        }
        if (waiting.get(event.eventId()) == null) {
            LOG.debug("{} event {} waits for {}", event.type().wireName(), event.eventId(), wait.missing());
            waiting.put(event.eventId(), raw);
        }
    }

    private void retryWaiting(final long nowMs) {
        final List<KeyValue<String, RawEvent>> due = new ArrayList<>();
        try (KeyValueIterator<String, RawEvent> it = waiting.all()) {
            it.forEachRemaining(due::add);
        }
        for (final KeyValue<String, RawEvent> entry : due) {
            if (seen.get(entry.key) != null) {
                waiting.delete(entry.key);
                continue;
            }
            handle(decoders.decode(entry.value.type(), entry.value.value()), entry.value, nowMs);
        }
        if (nowMs - lastSeenCleanupMs >= Duration.ofHours(1).toMillis()) {
            lastSeenCleanupMs = nowMs;
            forgetSeenBefore(nowMs - SEEN_RETENTION.toMillis());
        }
    }

    private void forgetSeenBefore(final long cutoffMs) {
        final List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = seen.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value < cutoffMs) {
                    old.add(kv.key);
                }
            });
        }
        old.forEach(seen::delete);
    }
}
