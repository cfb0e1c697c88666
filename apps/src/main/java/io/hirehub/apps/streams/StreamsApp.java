package io.hirehub.apps.streams;

import io.hirehub.runtime.health.PartBoard;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.runtime.health.PartState;
import io.hirehub.runtime.health.RestartingWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one shape every Kafka Streams application of ours runs in (the resume pipeline and matching
 * now; applications and notifications next):
 *
 * <ul>
 *   <li>its {@link StreamsAppSettings} are the only source of its properties;
 *   <li>{@code topology.describe()} is logged before it starts, so the log says which processors,
 *       stores and topics this process runs;
 *   <li>its state feeds its part's health ({@code hirehub status}, the ready check): RUNNING is
 *       running, ERROR is failed; a stream thread that dies is logged with its stack trace and
 *       replaced, or the application shuts down when no new thread can help (any {@link Error});
 *   <li>its write-backs run as parts of their own under a {@link RestartingWorker}, started after the
 *       application and stopped before it;
 *   <li>{@link #close()} stops in that order: write-backs, the application (leaving its consumer group,
 *       so a restart rebalances at once), then the resources it was given, in their order.
 * </ul>
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);
    /** How long {@link #close()} lets Kafka Streams finish its last transaction and leave the group. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

    private final StreamsAppSettings settings;
    private final KafkaStreams streams;
    private final StreamsHealth streamsHealth;
    private final PartHealth health;
    private final List<PartHealth> writeBackHealth = new ArrayList<>();
    private final List<RestartingWorker<?>> writeBacks = new ArrayList<>();
    private final List<KafkaStreams.StateListener> stateListeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable resources;

    private StreamsApp(
            final StreamsAppSettings settings,
            final Topology topology,
            final PartHealth health,
            final AutoCloseable resources) {
        this.settings = settings;
        this.health = health;
        this.resources = resources;
        this.streams = new KafkaStreams(topology, settings.properties());
        this.streamsHealth = StreamsHealth.attach(streams, health, settings.streamThreads(), this::stateChanged);
    }

    /**
     * Logs the topology, starts the application (its state reported as {@code part} on {@code board})
     * and then each write-back. {@code resources} (clients the topology or the write-backs use, usually
     * {@link Resources}) are closed by {@link #close()}, after the application; they are closed at once
     * when the application cannot even be started.
     */
    public static StreamsApp start(
            final StreamsAppSettings settings,
            final Topology topology,
            final PartBoard board,
            final String part,
            final List<WriteBackPart<?>> writeBackParts,
            final AutoCloseable resources) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(topology, "topology");
        final StreamsApp app;
        try {
            final TopologyDescription description = topology.describe();
            LOG.info("{} topology:\n{}", settings.applicationId(), description);
            app = new StreamsApp(settings, topology, board.health(part), resources);
        } catch (RuntimeException | Error e) {
            closeQuietly(resources);
            throw e;
        }
        try {
            app.streams.start();
            for (final WriteBackPart<?> writeBack : writeBackParts) {
                app.startWriteBack(board.health(writeBack.part()), writeBack);
            }
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        final String consuming = writeBackParts.stream()
                .map(w -> w.part() + " consuming " + w.topic())
                .collect(Collectors.joining(", "));
        LOG.info(
                "{} started: {} stream threads, state {}{}",
                settings.applicationId(),
                settings.streamThreads(),
                settings.stateDir(),
                consuming.isEmpty() ? "" : "; " + consuming);
        return app;
    }

    private <W extends Runnable & AutoCloseable> void startWriteBack(
            final PartHealth partHealth, final WriteBackPart<W> writeBack) {
        writeBackHealth.add(partHealth);
        writeBacks.add(RestartingWorker.start(
                writeBack.threadName(),
                partHealth,
                () -> writeBack.factory().apply(new AssignmentHealth(partHealth, writeBack.topic()))));
    }

    /** Waits until the application is RUNNING and every write-back consumes; throws if one fails first. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        health.awaitRunning(timeout);
        for (final PartHealth writeBack : writeBackHealth) {
            writeBack.awaitRunning(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
    }

    /**
     * Calls {@code listener} on every later state change of the application, after its health is
     * updated, on the thread that changes it: it must be quick and must not call back into Kafka Streams.
     */
    public void onStateChange(final KafkaStreams.StateListener listener) {
        stateListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void stateChanged(final KafkaStreams.State next, final KafkaStreams.State previous) {
        for (final KafkaStreams.StateListener listener : stateListeners) {
            try {
                listener.onChange(next, previous);
            } catch (RuntimeException e) {
                // A listener's bug must not break the stream thread that changes the state.
                LOG.error("{}: a state listener failed on {} -> {}", settings.applicationId(), previous, next, e);
            }
        }
    }

    public StreamsAppSettings settings() {
        return settings;
    }

    /** The running application, for the interactive queries of its stores. */
    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Empty when this instance can answer or route its stores' queries: RUNNING, or REBALANCING after
     * it has run (a routine rebalance must not make every instance unready at once; reads answer 503 +
     * Retry-After meanwhile). Otherwise why not: starting and restoring, stopping, or failed.
     */
    public Optional<String> servingProblem() {
        final KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.RUNNING
                || (state == KafkaStreams.State.REBALANCING && health.status().state() == PartState.RUNNING)) {
            return Optional.empty();
        }
        return Optional.of(settings.applicationId() + " is " + state
                + (state == KafkaStreams.State.REBALANCING ? " (starting: restoring its state)" : ""));
    }

    @Override
    public void close() {
        streamsHealth.closing();
        for (final RestartingWorker<?> writeBack : writeBacks) {
            writeBack.close();
        }
        // Leave the group: a restart then rebalances at once instead of waiting out the old members'
        // session timeout (45 s), which is what made a restarted dev take ~50 s to be ready.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
        closeQuietly(resources);
    }

    private static void closeQuietly(final AutoCloseable resources) {
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the resources of an application: {}", e.toString());
        }
    }
}
