package io.hirehub.topologies.apply.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ApplicationScore;
import io.hirehub.avro.derived.JobCounts;
import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.avro.event.JobViewed;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.JobStats;
import io.hirehub.topologies.apply.query.UserInterviews;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationsTopologyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private InMemorySchemaRegistryClient registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ApplicationSubmitted> submitted;
    private TestInputTopic<String, ApplicationStatusChanged> moved;
    private TestInputTopic<String, InterviewScheduled> interviews;
    private TestInputTopic<String, JobViewed> views;
    private TestInputTopic<String, Application> applications;
    private TestInputTopic<String, MatchDetail> matches;
    private TestInputTopic<String, byte[]> rawSubmitted;
    private TestOutputTopic<String, byte[]> dlq;
    private TestOutputTopic<String, JobCounts> counts;
    private TestOutputTopic<String, ApplicationScore> scores;

    @BeforeEach
    void start() {
        registry = new InMemorySchemaRegistryClient();
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "apply-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ApplicationsTopology.build(registry), props);
        submitted = input(Topics.APPLICATION_SUBMITTED);
        moved = input(Topics.APPLICATION_STATUS_CHANGED);
        interviews = input(Topics.INTERVIEW_SCHEDULED);
        views = input(Topics.JOB_VIEWED);
        applications = input(Topics.APPLICATIONS);
        matches = input(Topics.MATCHES);
        rawSubmitted = driver.createInputTopic(
                Topics.APPLICATION_SUBMITTED.name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        dlq = driver.createOutputTopic(
                Topics.APPLICATIONS_DLQ.name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        counts = driver.createOutputTopic(
                Topics.JOB_COUNTS.name(),
                Serdes.String().deserializer(),
                Topics.JOB_COUNTS.valueSerde(registry).deserializer());
        scores = driver.createOutputTopic(
                Topics.APPLICATION_SCORES.name(),
                Serdes.String().deserializer(),
                Topics.APPLICATION_SCORES.valueSerde(registry).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private <V> TestInputTopic<String, V> input(final Topic<String, V> topic) {
        return driver.createInputTopic(
                topic.name(),
                Serdes.String().serializer(),
                topic.valueSerde(registry).serializer());
    }

    @Test
    void rebuildsAnApplicationsStateAndFullHistoryFromItsEvents() {
        final UUID app = UUID.randomUUID();
        final UUID interview = UUID.randomUUID();
        submit(app, JOB, USER, "e1", 0);
        move(app, "e2", ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, 1);
        move(app, "e3", ApplicationStatus.REVIEWING, ApplicationStatus.INTERVIEW_SCHEDULED, 2);
        interviews.pipeInput(
                app.toString(),
                InterviewScheduled.newBuilder()
                        .setEventId(id("e4"))
                        .setOccurredAt(T0.plusSeconds(2))
                        .setInterviewId(interview)
                        .setApplicationId(app)
                        .setScheduledAt(Instant.parse("2026-12-10T10:00:00Z"))
                        .build(),
                T0.plusSeconds(2));

        final ApplicationState state = application(app);
        assertThat(state.status()).isEqualTo("interview_scheduled");
        assertThat(state.jobId()).isEqualTo(JOB.toString());
        assertThat(state.history())
                .extracting(ApplicationState.HistoryEntry::eventType)
                .containsExactly("submitted", "status_changed", "status_changed", "interview_scheduled");
        assertThat(state.history())
                .extracting(ApplicationState.HistoryEntry::toStatus)
                .containsExactly("submitted", "reviewing", "interview_scheduled", null);
        assertThat(state.interviews()).singleElement().satisfies(i -> {
            assertThat(i.interviewId()).isEqualTo(interview.toString());
            assertThat(i.userId()).isEqualTo(USER.toString());
        });
        final KeyValueStore<String, UserInterviews> byUser =
                driver.getKeyValueStore(ApplicationStore.USER_INTERVIEWS.storeName());
        assertThat(byUser.get(USER.toString()).interviews())
                .extracting(i -> i.interviewId())
                .containsExactly(interview.toString());
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void countsEachJobsFunnelByCurrentStatus() {
        final UUID a = UUID.randomUUID();
        final UUID b = UUID.randomUUID();
        final UUID c = UUID.randomUUID();
        submit(a, JOB, UUID.randomUUID(), "a1", 0);
        submit(b, JOB, UUID.randomUUID(), "b1", 0);
        submit(c, JOB, UUID.randomUUID(), "c1", 0);
        move(a, "a2", ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, 1);
        move(b, "b2", ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED, 1);
        move(a, "a3", ApplicationStatus.REVIEWING, ApplicationStatus.WITHDRAWN, 2);

        final JobStats stats = jobStats(JOB);
        assertThat(stats.byStatus()).isEqualTo(Map.of("submitted", 1L, "rejected", 1L, "withdrawn", 1L));
        assertThat(stats.appliesCount()).isEqualTo(3);
        // A count changes only on a submission or a view: three submissions, three absolute records.
        assertThat(counts.readValuesToList())
                .extracting(JobCounts::getAppliesCount)
                .containsExactly(1, 2, 3);
    }

    @Test
    void sendsAnImpossibleSequenceToTheDeadLetterTopicWithTheReason() {
        final UUID app = UUID.randomUUID();
        submit(app, JOB, USER, "s1", 0);
        move(app, "s2", ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED, 1);
        move(app, "s3", ApplicationStatus.REVIEWING, ApplicationStatus.INTERVIEW_SCHEDULED, 2);
        submit(app, JOB, USER, "s4", 3);

        final List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsOnly(app.toString());
        assertThat(dead)
                .extracting(r -> header(r, DeadLetterHeaders.ERROR_MESSAGE))
                .containsExactly(
                        "event " + id("s2") + " of application " + app
                                + ": no move from submitted to offered; from submitted the next statuses are"
                                + " [reviewing, rejected, withdrawn]",
                        "application " + app + " is submitted, but event " + id("s3")
                                + " moves it from reviewing to interview_scheduled",
                        "application " + app + " was already submitted (event " + id("s1") + ")");
        assertThat(dead)
                .extracting(r -> header(r, DeadLetterHeaders.ERROR_CLASS))
                .containsOnly(ImpossibleSequenceException.class.getName());
        assertThat(dead.get(0)
                        .headers()
                        .lastHeader(DeadLetterHeaders.SOURCE_TOPIC)
                        .value())
                .isEqualTo(Topics.APPLICATION_STATUS_CHANGED.name().getBytes(StandardCharsets.UTF_8));
        final ApplicationState state = application(app);
        assertThat(state.status()).isEqualTo("submitted");
        assertThat(state.history()).hasSize(1);
        assertThat(jobStats(JOB).byStatus()).isEqualTo(Map.of("submitted", 1L));
        assertThat(jobStats(JOB).appliesCount()).isEqualTo(1);
    }

    @Test
    void countsARedeliveredEventOnce() {
        final UUID app = UUID.randomUUID();
        submit(app, JOB, USER, "d1", 0);
        submit(app, JOB, USER, "d1", 0);
        move(app, "d2", ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, 1);
        move(app, "d2", ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, 1);
        view(JOB, "v1");
        view(JOB, "v1");
        view(JOB, "v2");

        final JobStats stats = jobStats(JOB);
        assertThat(stats.appliesCount()).isEqualTo(1);
        assertThat(stats.viewsCount()).isEqualTo(2);
        assertThat(stats.byStatus()).isEqualTo(Map.of("reviewing", 1L));
        assertThat(application(app).history()).hasSize(2);
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(counts.readValuesToList())
                .extracting(v -> v.getAppliesCount() + "/" + v.getViewsCount())
                .containsExactly("1/0", "1/1", "1/2");
    }

    @Test
    void holdsAMoveThatArrivesBeforeItsSubmission() {
        final UUID app = UUID.randomUUID();
        move(app, "o2", ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, 1);
        assertThat(application(app).submitted()).isFalse();
        submit(app, JOB, USER, "o1", 0);

        assertThat(application(app).status()).isEqualTo("reviewing");
        assertThat(application(app).pending()).isEmpty();
        assertThat(jobStats(JOB).byStatus()).isEqualTo(Map.of("reviewing", 1L));
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void sendsAnUnreadableEventToTheDeadLetterTopicAndKeepsGoing() {
        rawSubmitted.pipeInput("k", new byte[] {1, 2, 3});
        final UUID app = UUID.randomUUID();
        submit(app, JOB, USER, "g1", 0);

        assertThat(dlq.readRecordsToList()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("k");
            assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.APPLICATION_SUBMITTED.name());
        });
        assertThat(application(app).status()).isEqualTo("submitted");
    }

    @Test
    void fillsInTheScoreOfAnApplicationSubmittedBeforeItsPairWasScored() {
        final UUID unscored = UUID.randomUUID();
        final UUID scored = UUID.randomUUID();
        final UUID resumeA = UUID.randomUUID();
        final UUID resumeB = UUID.randomUUID();
        applications.pipeInput(unscored.toString(), row(unscored, resumeA, null));
        applications.pipeInput(scored.toString(), row(scored, resumeB, new BigDecimal("70.00")));
        matches.pipeInput(JOB + ":" + resumeA, match(resumeA, "81.25"));
        matches.pipeInput(JOB + ":" + resumeB, match(resumeB, "72.00"));
        // The same score again (a redelivery) is not written twice; the write-back's row comes back scored.
        matches.pipeInput(JOB + ":" + resumeA, match(resumeA, "81.25"));
        applications.pipeInput(unscored.toString(), row(unscored, resumeA, new BigDecimal("81.25")));
        matches.pipeInput(JOB + ":" + resumeA, match(resumeA, "90.00"));

        assertThat(scores.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(unscored.toString());
            assertThat(kv.value.getMatchScore()).isEqualByComparingTo("81.25");
        });
    }

    private void submit(final UUID app, final UUID job, final UUID user, final String event, final int second) {
        submitted.pipeInput(
                app.toString(),
                ApplicationSubmitted.newBuilder()
                        .setEventId(id(event))
                        .setOccurredAt(T0.plusSeconds(second))
                        .setApplicationId(app)
                        .setJobId(job)
                        .setUserId(user)
                        .build(),
                T0.plusSeconds(second));
    }

    private void move(
            final UUID app,
            final String event,
            final ApplicationStatus from,
            final ApplicationStatus to,
            final int second) {
        moved.pipeInput(
                app.toString(),
                ApplicationStatusChanged.newBuilder()
                        .setEventId(id(event))
                        .setOccurredAt(T0.plusSeconds(second))
                        .setApplicationId(app)
                        .setFromStatus(from)
                        .setToStatus(to)
                        .build(),
                T0.plusSeconds(second));
    }

    private void view(final UUID job, final String event) {
        views.pipeInput(
                job.toString(),
                JobViewed.newBuilder()
                        .setEventId(id(event))
                        .setOccurredAt(T0)
                        .setJobId(job)
                        .setViewerId(USER)
                        .build(),
                T0);
    }

    private static Application row(final UUID id, final UUID resume, final BigDecimal score) {
        return Application.newBuilder()
                .setId(id)
                .setJobId(JOB)
                .setUserId(UUID.randomUUID())
                .setResumeId(resume)
                .setStatus(ApplicationStatus.SUBMITTED)
                .setMatchScore(score)
                .build();
    }

    private static MatchDetail match(final UUID resume, final String overall) {
        final BigDecimal score = new BigDecimal(overall);
        return MatchDetail.newBuilder()
                .setJobId(JOB)
                .setResumeId(resume)
                .setUserId(USER)
                .setOverallScore(score)
                .setSkillScore(score)
                .setExperienceScore(score)
                .setCultureScore(score)
                .setSemanticScore(score)
                .setScoreBreakdown("{}")
                .setAiReasoning("")
                .setIsRecommended(false)
                .setCalculatedAt(T0)
                .build();
    }

    private ApplicationState application(final UUID app) {
        final KeyValueStore<String, ApplicationState> store =
                driver.getKeyValueStore(ApplicationStore.APPLICATIONS.storeName());
        return store.get(app.toString());
    }

    private JobStats jobStats(final UUID job) {
        final KeyValueStore<String, JobStats> store = driver.getKeyValueStore(ApplicationStore.JOB_STATS.storeName());
        return store.get(job.toString());
    }

    private static UUID id(final String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(final TestRecord<String, byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
