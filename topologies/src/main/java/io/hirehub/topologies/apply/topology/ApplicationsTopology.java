package io.hirehub.topologies.apply.topology;

import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.InterviewEntry;
import io.hirehub.topologies.apply.query.JobStats;
import io.hirehub.topologies.apply.query.UserInterviews;
import io.hirehub.topologies.apply.topology.ApplyRecords.Emitted;
import io.hirehub.topologies.apply.topology.ApplyRecords.JobDelta;
import io.hirehub.topologies.apply.topology.ApplyRecords.ObservedStatus;
import io.hirehub.topologies.apply.topology.ApplyRecords.PairInput;
import io.hirehub.topologies.apply.topology.ApplyRecords.PairState;
import io.hirehub.topologies.streams.JsonSerdes;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The applications topology (apply-service, the seed's workflow 3):
 *
 * <ol>
 *   <li>{@code application.submitted}, {@code application.status_changed}, {@code interview.scheduled}
 *       (keyed by application_id) → {@link ApplicationProcessor}: each application's state, history and
 *       interviews (store {@code apply-applications}); impossible sequences → {@link Topics#APPLICATIONS_DLQ};
 *   <li>its funnel moves (→ by job_id) and {@code job.viewed} → {@link JobStatsProcessor}: funnel counts,
 *       applies_count, views_count (store {@code apply-job-stats}) → {@link Topics#JOB_COUNTS};
 *   <li>its interviews (→ by user_id) → {@link UserInterviewsProcessor} (store {@code apply-user-interviews});
 *   <li>the applications table (→ by {@code {job_id}:{resume_id}}) and {@code hirehub.match.matches} →
 *       {@link PairScoreProcessor}: scores of applications submitted before their pair was scored →
 *       {@link Topics#APPLICATION_SCORES};
 *   <li>the guards: every status change an {@code applications} row shows ({@link StatusChangeGuard}, from the
 *       row's previously seen status) and every {@code application_events} move with its actor
 *       ({@link EventActorGuard}) is checked against the workflow, whoever wrote it; an impossible one →
 *       {@link Topics#APPLICATIONS_DLQ}. They only report: the state above comes from the events.
 * </ol>
 *
 * Unreadable records of any source go to the dead-letter topic with headers.
 */
public final class ApplicationsTopology {

    /** View event ids already counted (de-duplication of job.viewed), keyed by event id. */
    public static final String SEEN_VIEWS_STORE = "apply-seen-views";
    /** Per pair: its application and score, keyed {@code {job_id}:{resume_id}}. */
    public static final String PAIR_SCORES_STORE = "apply-pair-scores";
    /** Per applications row: the status and WAL position the changelog guard last saw, keyed by application id. */
    public static final String OBSERVED_STATUS_STORE = "apply-observed-status";
    /** application_events rows the event guard has dead-lettered, keyed by event id (value: WAL position). */
    public static final String FLAGGED_EVENTS_STORE = "apply-flagged-events";

    private ApplicationsTopology() {}

    public static Topology build(final SchemaRegistryClient registry) {
        final TopicSerdes serdes = new TopicSerdes(registry);
        final StreamsBuilder builder = new StreamsBuilder();
        store(builder, ApplicationStore.APPLICATIONS.storeName(), JsonSerdes.of(ApplicationState.class));
        store(builder, ApplicationStore.JOB_STATS.storeName(), JsonSerdes.of(JobStats.class));
        store(builder, ApplicationStore.USER_INTERVIEWS.storeName(), JsonSerdes.of(UserInterviews.class));
        store(builder, SEEN_VIEWS_STORE, Serdes.Long());
        store(builder, PAIR_SCORES_STORE, JsonSerdes.of(PairState.class));
        store(builder, OBSERVED_STATUS_STORE, JsonSerdes.of(ObservedStatus.class));
        store(builder, FLAGGED_EVENTS_STORE, Serdes.Long());

        final KStream<String, Emitted> emitted = builder.stream(
                        List.of(
                                Topics.APPLICATION_SUBMITTED.name(),
                                Topics.APPLICATION_STATUS_CHANGED.name(),
                                Topics.INTERVIEW_SCHEDULED.name()),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("application-events-source"))
                .process(
                        () -> new ApplicationProcessor(
                                serdes.value(Topics.APPLICATION_SUBMITTED).deserializer(),
                                serdes.value(Topics.APPLICATION_STATUS_CHANGED).deserializer(),
                                serdes.value(Topics.INTERVIEW_SCHEDULED).deserializer()),
                        Named.as("application-state"),
                        ApplicationStore.APPLICATIONS.storeName());
        emitted.filter((k, v) -> v.deadLetter() != null, Named.as("application-impossible"))
                .mapValues(Emitted::deadLetter, Named.as("application-dead-letter"))
                .to(Topics.APPLICATIONS_DLQ.name(), serdes.produced(Topics.APPLICATIONS_DLQ, "application-dlq"));

        final KStream<String, JobDelta> moves = emitted.filter((k, v) -> v.job() != null, Named.as("funnel-moves"))
                .mapValues(Emitted::job, Named.as("funnel-move"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.of(JobDelta.class))
                        .withName("job-moves"));
        final KStream<String, JobDelta> views = decoded(
                builder,
                serdes,
                Topics.JOB_VIEWED,
                "job-views",
                JsonSerdes.of(JobDelta.class),
                (key, v) -> KeyValue.pair(
                        v.getJobId().toString(),
                        new JobDelta(v.getJobId().toString(), v.getEventId().toString(), JobDelta.VIEW, null, null)),
                false);
        moves.merge(views, Named.as("job-changes"))
                .process(
                        JobStatsProcessor::new,
                        Named.as("job-stats"),
                        ApplicationStore.JOB_STATS.storeName(),
                        SEEN_VIEWS_STORE)
                .to(Topics.JOB_COUNTS.name(), serdes.produced(Topics.JOB_COUNTS, "job-counts-sink"));

        emitted.filter((k, v) -> v.interview() != null, Named.as("booked-interviews"))
                .mapValues(Emitted::interview, Named.as("booked-interview"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.of(InterviewEntry.class))
                        .withName("user-interviews"))
                .process(
                        UserInterviewsProcessor::new,
                        Named.as("user-interviews"),
                        ApplicationStore.USER_INTERVIEWS.storeName());

        // The applications changelog: every row change, whoever wrote it, is checked against the workflow
        // (the guard), and feeds the late-score pairs.
        final KStream<String, byte[]> applicationRows = builder.stream(
                Topics.APPLICATIONS.name(), serdes.consumedRaw(Topics.APPLICATIONS, "pair-applications-source"));
        applicationRows
                .process(
                        () -> new StatusChangeGuard(
                                Topics.APPLICATIONS.name(),
                                serdes.value(Topics.APPLICATIONS).deserializer()),
                        Named.as("status-change-guard"),
                        OBSERVED_STATUS_STORE)
                .to(Topics.APPLICATIONS_DLQ.name(), serdes.produced(Topics.APPLICATIONS_DLQ, "status-change-dlq"));

        final KStream<String, PairInput> applications = decoded(
                        applicationRows,
                        serdes,
                        Topics.APPLICATIONS,
                        "pair-applications",
                        JsonSerdes.of(PairInput.class),
                        (key, row) -> KeyValue.pair(
                                new PairKey(
                                                row.getJobId().toString(),
                                                row.getResumeId().toString())
                                        .format(),
                                new PairInput(row.getId().toString(), row.getMatchScore() != null, null, false)),
                        false)
                .repartition(Repartitioned.with(Serdes.String(), JsonSerdes.of(PairInput.class))
                        .withName("pair-applications"));
        final KStream<String, PairInput> scores = decoded(
                builder,
                serdes,
                Topics.MATCHES,
                "pair-scores",
                JsonSerdes.of(PairInput.class),
                (key, match) -> KeyValue.pair(
                        key,
                        new PairInput(
                                null,
                                null,
                                match == null ? null : match.getOverallScore().toPlainString(),
                                true)),
                true);
        applications
                .merge(scores, Named.as("pair-inputs"))
                .process(PairScoreProcessor::new, Named.as("pair-score"), PAIR_SCORES_STORE)
                .to(
                        Topics.APPLICATION_SCORES.name(),
                        serdes.produced(Topics.APPLICATION_SCORES, "application-scores-sink"));
        // Last, so the earlier sub-topologies (and their task ids) stay as they were.
        builder.stream(
                        Topics.APPLICATION_EVENTS.name(),
                        serdes.consumedRaw(Topics.APPLICATION_EVENTS, "application-event-rows-source"))
                .process(
                        () -> new EventActorGuard(
                                Topics.APPLICATION_EVENTS.name(),
                                serdes.value(Topics.APPLICATION_EVENTS).deserializer()),
                        Named.as("event-actor-guard"),
                        FLAGGED_EVENTS_STORE)
                .to(Topics.APPLICATIONS_DLQ.name(), serdes.produced(Topics.APPLICATIONS_DLQ, "event-actor-dlq"));
        return builder.build();
    }

    /** {@code topic}'s values decoded and re-keyed by {@code mapping}; failures to the dead-letter topic. */
    private static <A, T> KStream<String, T> decoded(
            final StreamsBuilder builder,
            final TopicSerdes serdes,
            final Topic<String, A> topic,
            final String name,
            final Serde<T> serde,
            final BiFunction<String, A, KeyValue<String, T>> mapping,
            final boolean tombstones) {
        return decoded(
                builder.stream(topic.name(), serdes.consumedRaw(topic, name + "-source")),
                serdes,
                topic,
                name,
                serde,
                mapping,
                tombstones);
    }

    /** {@code raw} (records of {@code topic}) decoded and re-keyed by {@code mapping}; failures to the dead-letter topic. */
    private static <A, T> KStream<String, T> decoded(
            final KStream<String, byte[]> raw,
            final TopicSerdes serdes,
            final Topic<String, A> topic,
            final String name,
            final Serde<T> serde,
            final BiFunction<String, A, KeyValue<String, T>> mapping,
            final boolean tombstones) {
        final KStream<String, Decoder.Decoded<T>> decoded = raw.process(
                () -> new Decoder<>(topic.name(), serdes.value(topic).deserializer(), mapping, tombstones),
                Named.as(name + "-decode"));
        decoded.filter((k, v) -> v.deadLetter() != null, Named.as(name + "-failed"))
                .mapValues(Decoder.Decoded::deadLetter, Named.as(name + "-raw"))
                .to(Topics.APPLICATIONS_DLQ.name(), serdes.produced(Topics.APPLICATIONS_DLQ, name + "-dlq"));
        return decoded.filter((k, v) -> v.deadLetter() == null, Named.as(name + "-ok"))
                .mapValues(Decoder.Decoded::value, Named.as(name + "-value"));
    }

    private static <V> void store(final StreamsBuilder builder, final String name, final Serde<V> values) {
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values));
    }
}
