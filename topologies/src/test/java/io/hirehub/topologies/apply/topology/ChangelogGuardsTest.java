package io.hirehub.topologies.apply.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.ApplicationEvent;
import io.hirehub.avro.entity.ApplicationEventType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.JobStats;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

/**
 * The changelog guards of the applications topology: rows of {@code applications} and
 * {@code application_events} written by anyone (here: as CDC delivers them, with {@code lsn} and
 * {@code op} headers) are checked against the workflow; impossible ones reach the dead-letter topic
 * once, with the reason, and change nothing of the event-sourced state.
 */
class ChangelogGuardsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID RESUME = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    private InMemorySchemaRegistryClient registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Application> rows;
    private TestInputTopic<String, ApplicationEvent> eventRows;
    private TestInputTopic<String, byte[]> rawEventRows;
    private TestInputTopic<String, ApplicationSubmitted> submitted;
    private TestOutputTopic<String, byte[]> dlq;
    private long lsn = 1000;

    @BeforeEach
    void start() {
        registry = new InMemorySchemaRegistryClient();
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "apply-guard-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ApplicationsTopology.build(registry), props);
        rows = driver.createInputTopic(
                Topics.APPLICATIONS.name(),
                Serdes.String().serializer(),
                Topics.APPLICATIONS.valueSerde(registry).serializer());
        eventRows = driver.createInputTopic(
                Topics.APPLICATION_EVENTS.name(),
                Serdes.String().serializer(),
                Topics.APPLICATION_EVENTS.valueSerde(registry).serializer());
        rawEventRows = driver.createInputTopic(
                Topics.APPLICATION_EVENTS.name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        submitted = driver.createInputTopic(
                Topics.APPLICATION_SUBMITTED.name(),
                Serdes.String().serializer(),
                Topics.APPLICATION_SUBMITTED.valueSerde(registry).serializer());
        dlq = driver.createOutputTopic(
                Topics.APPLICATIONS_DLQ.name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void allowedChangesOfARowReachNoDeadLetter() {
        final UUID app = UUID.randomUUID();
        row(app, ApplicationStatus.SUBMITTED, "c");
        row(app, ApplicationStatus.REVIEWING, "u");
        row(app, ApplicationStatus.REVIEWING, "u"); // e.g. the score write-back: no move
        row(app, ApplicationStatus.INTERVIEW_SCHEDULED, "u");
        row(app, ApplicationStatus.WITHDRAWN, "u");

        assertThat(dlq.isEmpty()).isTrue();
        final KeyValueStore<String, ApplyRecords.ObservedStatus> observed =
                driver.getKeyValueStore(ApplicationsTopology.OBSERVED_STATUS_STORE);
        assertThat(observed.get(app.toString()).status()).isEqualTo("withdrawn");
    }

    @Test
    void anImpossibleChangeWrittenStraightIntoTheTableIsDeadLetteredWithTheMove() {
        final UUID app = UUID.randomUUID();
        submitted.pipeInput(
                app.toString(),
                ApplicationSubmitted.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setOccurredAt(T0)
                        .setApplicationId(app)
                        .setJobId(JOB)
                        .setUserId(USER)
                        .build(),
                T0);
        row(app, ApplicationStatus.SUBMITTED, "c");
        row(app, ApplicationStatus.ACCEPTED, "u");

        final List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(app.toString());
            assertThat(header(r, DeadLetterHeaders.ERROR_MESSAGE))
                    .isEqualTo("applications row " + app + " changed from submitted to accepted outside the"
                            + " workflow: no move from submitted to accepted; from submitted the next statuses are"
                            + " [reviewing, rejected, withdrawn]");
            assertThat(header(r, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(ImpossibleSequenceException.class.getName());
            assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.APPLICATIONS.name());
        });
        // The guard only reports: the event-sourced state and the funnel are as the events say.
        final KeyValueStore<String, ApplicationState> states =
                driver.getKeyValueStore(ApplicationStore.APPLICATIONS.storeName());
        assertThat(states.get(app.toString()).status()).isEqualTo("submitted");
        final KeyValueStore<String, JobStats> stats = driver.getKeyValueStore(ApplicationStore.JOB_STATS.storeName());
        assertThat(stats.get(JOB.toString()).byStatus()).isEqualTo(Map.of("submitted", 1L));
        assertThat(stats.get(JOB.toString()).appliesCount()).isEqualTo(1);
    }

    @Test
    void aRowInsertedPastTheFirstStatusOrMovedOnFromATerminalOneIsDeadLettered() {
        final UUID inserted = UUID.randomUUID();
        final UUID reopened = UUID.randomUUID();
        row(inserted, ApplicationStatus.OFFERED, "c");
        row(reopened, ApplicationStatus.REJECTED, "r"); // snapshot of an older row: taken as it is
        row(reopened, ApplicationStatus.REVIEWING, "u");

        assertThat(dlq.readRecordsToList())
                .extracting(r -> header(r, DeadLetterHeaders.ERROR_MESSAGE))
                .containsExactly(
                        "applications row " + inserted + " was inserted as offered; an application starts as submitted",
                        "applications row " + reopened + " changed from rejected to reviewing outside the workflow:"
                                + " the application is rejected: nothing follows a terminal status");
    }

    @Test
    void aRedeliveredOrReplayedChangeIsReportedOnceAndAnOlderOneIsNoMove() {
        final UUID app = UUID.randomUUID();
        row(app, ApplicationStatus.SUBMITTED, "c", 10);
        row(app, ApplicationStatus.OFFERED, "u", 20); // impossible
        row(app, ApplicationStatus.OFFERED, "u", 20); // the CDC redelivers it
        row(app, ApplicationStatus.SUBMITTED, "c", 10); // and an older change after it
        row(app, ApplicationStatus.OFFERED, "u", 20);
        row(app, ApplicationStatus.ACCEPTED, "u", 30); // then an allowed one

        assertThat(dlq.readRecordsToList())
                .extracting(r -> header(r, DeadLetterHeaders.ERROR_MESSAGE))
                .containsExactly("applications row " + app + " changed from submitted to offered outside the workflow:"
                        + " no move from submitted to offered; from submitted the next statuses are"
                        + " [reviewing, rejected, withdrawn]");
    }

    @Test
    void anEventRowMadeByTheWrongSideOrAlongNoMoveIsDeadLetteredOnce() {
        final UUID app = UUID.randomUUID();
        final UUID bySeeker = UUID.randomUUID();
        final UUID byCompany = UUID.randomUUID();
        final UUID skipped = UUID.randomUUID();
        event(UUID.randomUUID(), app, null, ApplicationStatus.SUBMITTED, ActorType.JOBSEEKER);
        event(bySeeker, app, ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN, ActorType.JOBSEEKER);
        event(UUID.randomUUID(), app, ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, ActorType.COMPANY);
        event(UUID.randomUUID(), app, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED, ActorType.SYSTEM);
        event(UUID.randomUUID(), app, ApplicationStatus.REVIEWING, ApplicationStatus.REJECTED, null);
        assertThat(dlq.isEmpty()).as("allowed moves").isTrue();

        event(byCompany, app, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED, ActorType.COMPANY);
        event(byCompany, app, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED, ActorType.COMPANY); // redelivered
        event(skipped, app, ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED, null);

        assertThat(dlq.readRecordsToList())
                .extracting(r -> header(r, DeadLetterHeaders.ERROR_MESSAGE))
                .containsExactly(
                        "application_events row " + byCompany + " of application " + app
                                + ": moving from offered to accepted is the jobseeker's move, not the company's",
                        "application_events row " + skipped + " of application " + app
                                + ": no move from submitted to offered; from submitted the next statuses are"
                                + " [reviewing, rejected, withdrawn]");
    }

    @Test
    void anUnreadableEventRowIsDeadLetteredAndTheGuardGoesOn() {
        rawEventRows.pipeInput("broken", new byte[] {0, 0, 0, 0, 42, 1});
        final UUID bad = UUID.randomUUID();
        event(bad, UUID.randomUUID(), null, ApplicationStatus.INTERVIEW_COMPLETED, ActorType.SYSTEM);

        final List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("broken", bad.toString());
        assertThat(header(dead.get(0), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.APPLICATION_EVENTS.name());
        assertThat(header(dead.get(1), DeadLetterHeaders.ERROR_MESSAGE))
                .endsWith("starts the application as interview_completed; an application starts as submitted");
    }

    private void row(final UUID app, final ApplicationStatus status, final String op) {
        row(app, status, op, lsn += 10);
    }

    private void row(final UUID app, final ApplicationStatus status, final String op, final long position) {
        final RecordHeaders headers = new RecordHeaders();
        headers.add("lsn", Long.toString(position).getBytes(StandardCharsets.UTF_8));
        headers.add("op", op.getBytes(StandardCharsets.UTF_8));
        rows.pipeInput(new TestRecord<>(
                app.toString(),
                Application.newBuilder()
                        .setId(app)
                        .setJobId(JOB)
                        .setUserId(USER)
                        .setResumeId(RESUME)
                        .setStatus(status)
                        .build(),
                headers,
                T0));
    }

    private void event(
            final UUID id,
            final UUID app,
            final ApplicationStatus from,
            final ApplicationStatus to,
            final ActorType actor) {
        final RecordHeaders headers = new RecordHeaders();
        headers.add("lsn", Long.toString(lsn += 10).getBytes(StandardCharsets.UTF_8));
        eventRows.pipeInput(new TestRecord<>(
                id.toString(),
                ApplicationEvent.newBuilder()
                        .setId(id)
                        .setApplicationId(app)
                        .setEventType(ApplicationEventType.STATUS_CHANGED)
                        .setFromStatus(from)
                        .setToStatus(to)
                        .setActorType(actor)
                        .build(),
                headers,
                T0));
    }

    private static String header(final TestRecord<String, byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
