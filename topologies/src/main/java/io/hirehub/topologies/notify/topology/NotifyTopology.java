package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.entity.Notification;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.notify.NotifyEventType;
import io.hirehub.topologies.notify.NotifySettings;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The notifications topology (DESIGN "Topologies" 4, issue 13): the five source events × the rows
 * they need (global stores over the CDC changelogs: applications, interviews, jobs, companies, users,
 * resumes, templates; and over four index topics this topology derives: company members by company,
 * device tokens, settings and jobseeker profiles by user) → one rendered {@link Notification} per
 * event, recipient and channel on {@link Topics#NOTIFICATIONS}, keyed by its deterministic id. What
 * cannot be decoded or resolved goes to {@link Topics#NOTIFICATIONS_DLQ}.
 */
public final class NotifyTopology {

    private NotifyTopology() {}

    public static Topology build(final NotifySettings settings, final SchemaRegistryClient registry) {
        final StreamsBuilder builder = new StreamsBuilder();
        final TopicSerdes serdes = new TopicSerdes(registry);

        global(builder, serdes, Topics.APPLICATIONS, NotifyNames.APPLICATIONS);
        global(builder, serdes, Topics.INTERVIEWS, NotifyNames.INTERVIEWS);
        global(builder, serdes, Topics.JOBS, NotifyNames.JOBS);
        global(builder, serdes, Topics.COMPANIES, NotifyNames.COMPANIES);
        global(builder, serdes, Topics.USERS, NotifyNames.USERS);
        global(builder, serdes, Topics.RESUMES, NotifyNames.RESUMES);
        global(builder, serdes, Topics.NOTIFICATION_TEMPLATES, NotifyNames.TEMPLATES);

        index(
                builder,
                serdes,
                Topics.COMPANY_MEMBERS,
                m -> m.getCompanyId(),
                Topics.NOTIFY_MEMBERS_BY_COMPANY,
                NotifyNames.MEMBERS_BY_COMPANY);
        index(
                builder,
                serdes,
                Topics.DEVICE_TOKENS,
                t -> t.getUserId(),
                Topics.NOTIFY_TOKENS_BY_USER,
                NotifyNames.TOKENS_BY_USER);
        index(
                builder,
                serdes,
                Topics.USER_NOTIFICATION_SETTINGS,
                s -> s.getUserId(),
                Topics.NOTIFY_SETTINGS_BY_USER,
                NotifyNames.SETTINGS_BY_USER);
        index(
                builder,
                serdes,
                Topics.JOBSEEKER_PROFILES,
                p -> p.getUserId(),
                Topics.NOTIFY_PROFILES_BY_USER,
                NotifyNames.PROFILES_BY_USER);

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NotifyNames.SEEN_EVENTS), Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NotifyNames.WAITING_EVENTS), Serdes.String(), RawEvent.SERDE));

        KStream<String, RawEvent> events = null;
        for (final NotifyEventType type : NotifyEventType.values()) {
            final Topic<String, ?> topic = source(type);
            final String name = type.wireName().replace('.', '-');
            final KStream<String, RawEvent> one = builder.stream(
                            topic.name(), serdes.consumedRaw(topic, name + "-source"))
                    .mapValues(bytes -> new RawEvent(type, bytes, 0L), Named.as(name + "-raw"));
            events = events == null ? one : events.merge(one, Named.as(name + "-merge"));
        }
        final EventDecoders decoders = new EventDecoders(serdes);
        final KStream<String, Routed> out = events.process(
                () -> new NotifyProcessor(settings, decoders),
                Named.as(NotifyNames.NOTIFIER),
                NotifyNames.SEEN_EVENTS,
                NotifyNames.WAITING_EVENTS);
        out.filter((k, v) -> v instanceof Routed.Out, Named.as("notifications-out"))
                .mapValues(v -> ((Routed.Out) v).notification(), Named.as("notifications-value"))
                .to(Topics.NOTIFICATIONS.name(), serdes.produced(Topics.NOTIFICATIONS, "notifications-sink"));
        deadLetters(out, serdes, "notifier");
        return builder.build();
    }

    /** The seed topic an event type is read from. */
    static Topic<String, ?> source(final NotifyEventType type) {
        return switch (type) {
            case APPLICATION_SUBMITTED -> Topics.APPLICATION_SUBMITTED;
            case APPLICATION_STATUS_CHANGED -> Topics.APPLICATION_STATUS_CHANGED;
            case INTERVIEW_SCHEDULED -> Topics.INTERVIEW_SCHEDULED;
            case MATCH_RECOMMENDED -> Topics.MATCH_RECOMMENDED;
            case RESUME_PROCESSED -> Topics.RESUME_PROCESSED;
        };
    }

    private static <V extends SpecificRecord> void global(
            final StreamsBuilder builder, final TopicSerdes serdes, final Topic<String, V> topic, final String store) {
        builder.globalTable(
                topic.name(),
                serdes.consumed(topic, store + "-source"),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store));
    }

    private static <V extends SpecificRecord> void index(
            final StreamsBuilder builder,
            final TopicSerdes serdes,
            final Topic<String, V> rows,
            final Function<V, Object> foreignKey,
            final Topic<String, V> indexTopic,
            final String store) {
        final String keysStore = store + NotifyNames.INDEX_KEYS_SUFFIX;
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(keysStore), Serdes.String(), Serdes.String()));
        final KStream<String, Routed> indexed = builder.stream(rows.name(), serdes.consumedRaw(rows, store + "-rows"))
                .process(
                        () -> new IndexProcessor<>(
                                rows.name(), serdes.value(rows).deserializer(), foreignKey, keysStore),
                        Named.as(store + "-indexer"),
                        keysStore);
        indexed.filter((k, v) -> v instanceof Routed.Index, Named.as(store + "-entries"))
                .mapValues(v -> ((Routed.Index) v).value(), Named.as(store + "-bytes"))
                .to(
                        indexTopic.name(),
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName(store + "-sink"));
        deadLetters(indexed, serdes, store);
        global(builder, serdes, indexTopic, store);
    }

    private static void deadLetters(final KStream<String, Routed> out, final TopicSerdes serdes, final String name) {
        out.filter((k, v) -> v instanceof Routed.Dead, Named.as(name + "-dead"))
                .mapValues(v -> ((Routed.Dead) v).value(), Named.as(name + "-dead-value"))
                .to(Topics.NOTIFICATIONS_DLQ.name(), serdes.produced(Topics.NOTIFICATIONS_DLQ, name + "-dlq"));
    }
}
