package io.hirehub.connectors.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.hirehub.connectors.connect.ConfluentAvroConverter;
import io.hirehub.runtime.Failures;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded CDC runner: one supervisor thread that competes for the slot's {@link LeaderLock};
 * the leader runs the Debezium engine (snapshot, then streaming, offsets in Kafka) with
 * {@link RecordPublisher} as its sink, restarts it after a failure with exponential backoff, and
 * stops it if the lock's session is lost. A standby just polls the lock.
 *
 * <p>Nothing dies unseen: every {@link Throwable} of the supervisor and the engine thread is logged
 * with its stack trace and reported as a {@link CdcState}. A failure a retry cannot help (an
 * {@link Error} such as a class missing from the classpath, or a configuration the engine refused)
 * ends in {@link CdcState.Phase#FAILED} and completes {@link #failure()}. {@link #close()} stops
 * everything gracefully.
 */
public final class CdcRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CdcRunner.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    /** How often the slot is read while the engine starts, so "streaming" is seen promptly. */
    private static final Duration STARTING_POLL = Duration.ofMillis(200);

    private final CdcSettings settings;
    private final CdcMetrics metrics;
    private final ExecutorService supervisor =
            Executors.newSingleThreadExecutor(r -> thread(r, "hirehub-cdc-supervisor"));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final List<Consumer<CdcState>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Throwable> failure = new CompletableFuture<>();
    private volatile CdcState state = CdcState.of(CdcState.Phase.STARTING, "");
    private volatile boolean closing;

    public CdcRunner(final CdcSettings settings) {
        this(settings, new SimpleMeterRegistry());
    }

    public CdcRunner(final CdcSettings settings, final MeterRegistry registry) {
        this.settings = settings;
        this.metrics = new CdcMetrics(registry, settings.slotName());
    }

    /** Hears every change of {@link #state()}, on the supervisor thread; add before {@link #start()}. */
    public CdcRunner onState(final Consumer<CdcState> listener) {
        listeners.add(listener);
        return this;
    }

    /** Starts competing for leadership; returns at once. */
    public CdcRunner start() {
        LOG.info("CDC runner starting: {}", settings);
        supervisor.execute(this::supervise);
        return this;
    }

    /** Whether this instance currently runs the engine. */
    public boolean isLeader() {
        return session.get() != null;
    }

    public CdcState state() {
        return state;
    }

    /** Completes with the error when the runner gives up for good ({@link CdcState.Phase#FAILED}). */
    public CompletableFuture<Throwable> failure() {
        return failure;
    }

    public CdcMetrics metrics() {
        return metrics;
    }

    private void supervise() {
        try (LeaderLock lock = new LeaderLock(settings)) {
            superviseWith(lock, new SlotStatusReader(settings));
        } catch (final Throwable e) { // NOPMD: the supervisor never ends without a word
            LOG.error("CDC runner for slot {} failed and cannot recover: {}", settings.slotName(), e.toString(), e);
            fail(e);
        } finally {
            // close() interrupts this thread to cut its waits short. The engine's own stop must not see
            // that interrupt: Debezium then skips stopping its task ("Stopping of the tasks was
            // interrupted"), the replication connection stays open, and PostgreSQL's shutdown waits on
            // its walsender until this JVM exits (a dev stop overran its 30 s that way).
            final boolean interrupted = Thread.interrupted();
            final Session last = session.getAndSet(null);
            if (last != null) {
                last.close();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            metrics.leader(false);
            if (state.phase() != CdcState.Phase.FAILED) {
                report(CdcState.of(CdcState.Phase.STOPPED, ""));
            }
            stopped.countDown();
        }
    }

    private void superviseWith(final LeaderLock lock, final SlotStatusReader reader) {
        Duration backoff = FIRST_BACKOFF;
        while (!closing) {
            try {
                if (lock.tryAcquire() && lock.isHeld()) {
                    final Session current = session.get();
                    if (current != null && current.finished()) {
                        session.set(null);
                        current.close();
                        final Throwable error = current.error();
                        if (Failures.permanent(error)) {
                            LOG.error(
                                    "the Debezium engine for slot {} cannot run: {}",
                                    settings.slotName(),
                                    Failures.describe(error),
                                    error);
                            fail(error);
                            return;
                        }
                        backoff = restartAfter(error, backoff);
                        continue;
                    }
                    if (current == null && !closing) {
                        LOG.info("leading CDC slot {}: starting the Debezium engine", settings.slotName());
                        report(CdcState.of(
                                CdcState.Phase.STARTING,
                                "starting the Debezium engine on slot " + settings.slotName()));
                        session.set(Session.start(settings, metrics));
                    }
                } else if (session.get() != null) {
                    LOG.warn("lost the leader lock of slot {}: stopping the engine", settings.slotName());
                    session.getAndSet(null).close();
                } else if (lock.unreachable().isPresent()) {
                    // Not a standby: the database cannot be asked at all.
                    backoff = restartAfter(lock.unreachable().get(), backoff);
                    continue;
                }
                metrics.leader(session.get() != null);
                final Optional<SlotStatus> slot = readStatus(reader);
                final Session running = session.get();
                if (running == null) {
                    report(CdcState.of(
                            CdcState.Phase.STANDBY,
                            "standing by; slot " + settings.slotName() + " led by "
                                    + slot.flatMap(SlotStatus::leader).orElse("another instance")));
                } else if (!running.finished() && slot.map(SlotStatus::active).orElse(false)) {
                    report(CdcState.of(CdcState.Phase.STREAMING, "streaming slot " + settings.slotName()));
                    backoff = FIRST_BACKOFF;
                }
            } catch (final Exception e) {
                // Building the engine's clients failed (an unreachable broker, a refused connection).
                final Session broken = session.getAndSet(null);
                if (broken != null) {
                    broken.close();
                }
                if (Failures.permanent(e)) {
                    LOG.error("the CDC runner for slot {} cannot run: {}", settings.slotName(), e.toString(), e);
                    fail(e);
                    return;
                }
                backoff = restartAfter(e, backoff);
                continue;
            }
            sleep(state.phase() == CdcState.Phase.STARTING ? STARTING_POLL : settings.leaderPollInterval());
        }
    }

    /** Logs the failure with its stack trace, reports it, waits {@code backoff}; returns the next backoff. */
    private Duration restartAfter(final Throwable error, final Duration backoff) {
        LOG.error(
                "CDC on slot {} failed: {}; retrying in {} s",
                settings.slotName(),
                Failures.describe(error),
                backoff.toSeconds(),
                error);
        report(CdcState.failing(
                CdcState.Phase.RESTARTING,
                Failures.describe(error) + "; retrying in " + backoff.toSeconds() + " s",
                error));
        sleep(backoff);
        final Duration next = backoff.multipliedBy(2);
        return next.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next;
    }

    private void fail(final Throwable error) {
        report(CdcState.failing(CdcState.Phase.FAILED, Failures.describe(error), error));
        failure.complete(error);
    }

    private void report(final CdcState next) {
        final CdcState previous = state;
        if (previous.phase() == next.phase() && previous.detail().equals(next.detail())) {
            return;
        }
        state = next;
        for (final Consumer<CdcState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (final RuntimeException e) {
                LOG.warn("CDC state listener failed: {}", e.toString(), e);
            }
        }
    }

    private Optional<SlotStatus> readStatus(final SlotStatusReader reader) {
        try {
            final SlotStatus status = reader.read();
            metrics.slot(status);
            return Optional.of(status);
        } catch (final Exception e) {
            LOG.debug("slot status unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void sleep(final Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    /** Graceful stop: the engine flushes and commits what Kafka acknowledged, then the lock is released. */
    @Override
    public void close() {
        closing = true;
        supervisor.shutdownNow();
        try {
            if (!stopped.await(60, TimeUnit.SECONDS)) {
                LOG.warn("CDC runner did not stop within 60 s");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread thread(final Runnable r, final String name) {
        final Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** One engine run with the resources it owns. */
    private record Session(
            DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine,
            ExecutorService executor,
            Producer<byte[], byte[]> producer,
            SchemaRegistryClient registry,
            ConfluentAvroConverter converter,
            OutboxJanitor janitor,
            AtomicReference<Optional<Throwable>> outcome) {

        static Session start(final CdcSettings settings, final CdcMetrics metrics) {
            final Producer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(settings));
            final SchemaRegistryClient registry = HttpSchemaRegistryClient.of(settings.registryUrl());
            final ConfluentAvroConverter converter = new ConfluentAvroConverter(registry);
            final OutboxJanitor janitor = new OutboxJanitor(settings);
            final DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
            final AtomicReference<Optional<Throwable>> outcome = new AtomicReference<>();
            try {
                converter.configure(Map.of(), false);
                engine = DebeziumEngine.create(Connect.class)
                        .using(PipelineConfig.engineProperties(settings))
                        .notifying(new RecordPublisher(producer, converter, janitor, metrics))
                        .using((success, message, error) -> {
                            // The supervisor logs the failure with its stack trace when it restarts or gives up.
                            LOG.info("Debezium engine stopped: {}", message);
                            outcome.set(Optional.ofNullable(
                                    error != null ? error : success ? null : new IllegalStateException(message)));
                        })
                        .build();
            } catch (final RuntimeException | Error e) {
                producer.close(Duration.ZERO);
                converter.close();
                registry.close();
                janitor.close();
                throw e;
            }
            final ExecutorService executor = Executors.newSingleThreadExecutor(r -> thread(r, "hirehub-cdc-engine"));
            executor.execute(() -> {
                try {
                    engine.run();
                } catch (final Throwable e) { // NOPMD: reported to the supervisor, which logs it
                    outcome.compareAndSet(null, Optional.of(e));
                }
            });
            return new Session(engine, executor, producer, registry, converter, janitor, outcome);
        }

        boolean finished() {
            return outcome.get() != null;
        }

        /** Why the engine stopped (an engine that stopped by itself without an error still needs a restart). */
        Throwable error() {
            final Optional<Throwable> stop = outcome.get();
            return stop == null || stop.isEmpty()
                    ? new IllegalStateException("the Debezium engine stopped by itself")
                    : stop.get();
        }

        void close() {
            try {
                engine.close();
            } catch (final IOException e) {
                LOG.warn("closing the Debezium engine: {}", e.getMessage());
            }
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(10));
            converter.close();
            registry.close();
            janitor.close();
        }

        private static Map<String, Object> producerConfig(final CdcSettings settings) {
            return Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    settings.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                    true,
                    ProducerConfig.LINGER_MS_CONFIG,
                    5,
                    ProducerConfig.BATCH_SIZE_CONFIG,
                    262_144,
                    ProducerConfig.COMPRESSION_TYPE_CONFIG,
                    "lz4",
                    ProducerConfig.CLIENT_ID_CONFIG,
                    "hirehub-cdc-" + settings.slotName());
        }
    }
}
