package io.hirehub.connectors.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.hirehub.connectors.connect.ConfluentAvroConverter;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * {@link RecordPublisher} as its sink, restarts it after a failure, and stops it if the lock's
 * session is lost. A standby just polls the lock. {@link #close()} stops everything gracefully.
 */
public final class CdcRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CdcRunner.class);
    private static final Duration RESTART_BACKOFF = Duration.ofSeconds(2);

    private final CdcSettings settings;
    private final CdcMetrics metrics;
    private final ExecutorService supervisor =
            Executors.newSingleThreadExecutor(r -> thread(r, "hirehub-cdc-supervisor"));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Session> session = new AtomicReference<>();
    private volatile boolean closing;

    public CdcRunner(final CdcSettings settings) {
        this(settings, new SimpleMeterRegistry());
    }

    public CdcRunner(final CdcSettings settings, final MeterRegistry registry) {
        this.settings = settings;
        this.metrics = new CdcMetrics(registry, settings.slotName());
    }

    /** Starts competing for leadership; returns at once. */
    public CdcRunner start() {
        LOG.info("CDC runner starting: {}", settings);
        supervisor.submit(this::supervise);
        return this;
    }

    /** Whether this instance currently runs the engine. */
    public boolean isLeader() {
        return session.get() != null;
    }

    public CdcMetrics metrics() {
        return metrics;
    }

    private void supervise() {
        final SlotStatusReader status = new SlotStatusReader(settings);
        try (LeaderLock lock = new LeaderLock(settings)) {
            while (!closing) {
                if (lock.tryAcquire() && lock.isHeld()) {
                    Session current = session.get();
                    if (current == null || current.finished()) {
                        if (current != null) {
                            current.close();
                            session.set(null);
                            sleep(RESTART_BACKOFF);
                        }
                        if (!closing) {
                            LOG.info("leading CDC slot {}: starting the Debezium engine", settings.slotName());
                            session.set(Session.start(settings, metrics));
                        }
                    }
                } else if (session.get() != null) {
                    LOG.warn("lost the leader lock of slot {}: stopping the engine", settings.slotName());
                    session.getAndSet(null).close();
                }
                metrics.leader(session.get() != null);
                readStatus(status);
                sleep(settings.leaderPollInterval());
            }
        } catch (final RuntimeException e) {
            LOG.error("CDC supervisor failed", e);
        } finally {
            final Session last = session.getAndSet(null);
            if (last != null) {
                last.close();
            }
            metrics.leader(false);
            stopped.countDown();
        }
    }

    private void readStatus(final SlotStatusReader reader) {
        try {
            metrics.slot(reader.read());
        } catch (final Exception e) {
            LOG.debug("slot status unavailable: {}", e.getMessage());
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
            converter.configure(Map.of(), false);
            final OutboxJanitor janitor = new OutboxJanitor(settings);
            final AtomicReference<Optional<Throwable>> outcome = new AtomicReference<>();
            final DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine = DebeziumEngine.create(Connect.class)
                    .using(PipelineConfig.engineProperties(settings))
                    .notifying(new RecordPublisher(producer, converter, janitor, metrics))
                    .using((success, message, error) -> {
                        if (!success) {
                            LOG.error("Debezium engine stopped: {}", message, error);
                        } else {
                            LOG.info("Debezium engine stopped: {}", message);
                        }
                        outcome.set(Optional.ofNullable(
                                error != null ? error : success ? null : new IllegalStateException(message)));
                    })
                    .build();
            final ExecutorService executor = Executors.newSingleThreadExecutor(r -> thread(r, "hirehub-cdc-engine"));
            executor.execute(engine);
            return new Session(engine, executor, producer, registry, converter, janitor, outcome);
        }

        boolean finished() {
            return outcome.get() != null;
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
