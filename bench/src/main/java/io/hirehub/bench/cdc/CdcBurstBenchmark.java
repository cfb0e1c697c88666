package io.hirehub.bench.cdc;

import io.hirehub.connectors.cdc.CdcRunner;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.registry.RegistrySettings;
import io.hirehub.registry.SchemaRegistryServer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End-to-end CDC benchmark (not a test): on a fresh embedded stack, a burst of rows is committed
 * to {@code job_service.skill_tags} while a consumer reads {@code hirehub.job.skill_tags}; it
 * reports rows/s from the first commit to the last record on the topic and the per-row latency
 * from its commit to its arrival (HdrHistogram, p50/p99/max).
 *
 * <p>Run: {@code java -cp <bench classpath> io.hirehub.bench.cdc.CdcBurstBenchmark [rows] [rowsPerTx]}.
 */
public final class CdcBurstBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(CdcBurstBenchmark.class);

    private CdcBurstBenchmark() {}

    public static void main(final String[] args) throws Exception {
        final int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        final int rowsPerTx = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        final Path dataDir = Files.createTempDirectory("hirehub-cdc-bench-");
        final HirehubSettings stackSettings = HirehubSettings.load(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "data.dir",
                        dataDir.toString(),
                        "env",
                        "bench",
                        "kafka.port",
                        "0",
                        "kafka.controller.port",
                        "0",
                        "postgres.port",
                        "0",
                        "s3.port",
                        "0",
                        "registry.port",
                        "0",
                        "edge.port",
                        "0",
                        "topics.partitions",
                        "6"));
        try (EmbeddedStack stack = EmbeddedStack.start(stackSettings);
                SchemaRegistryServer ownRegistry = stack.endpoints().registry() == null
                        ? new SchemaRegistryServer(RegistrySettings.defaults(
                                                stack.endpoints().kafka())
                                        .withPort(0))
                                .start()
                        : null) {
            final String registry =
                    ownRegistry != null ? ownRegistry.url() : stack.endpoints().registry();
            final CdcSettings settings = CdcSettings.fromMap(Map.of(
                    "postgres.jdbc.url",
                    stack.endpoints().jdbc().url(),
                    "postgres.user",
                    stack.endpoints().jdbc().user(),
                    "postgres.password",
                    stack.endpoints().jdbc().password(),
                    "kafka.bootstrap.servers",
                    stack.endpoints().kafka(),
                    "registry.url",
                    registry,
                    "cdc.slot.name",
                    "bench",
                    "cdc.publication.name",
                    "bench"));
            try (CdcRunner runner = new CdcRunner(settings).start()) {
                run(stack, rows, rowsPerTx);
            }
        }
    }

    private static void run(final EmbeddedStack stack, final int rows, final int rowsPerTx) throws Exception {
        final Map<String, Long> committedAtMicros = new ConcurrentHashMap<>(rows * 2);
        final Histogram latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        final AtomicLong lastArrival = new AtomicLong();
        final AtomicBoolean streaming = new AtomicBoolean();
        final String warmup = UUID.randomUUID().toString();
        final CountDownLatch done = new CountDownLatch(1);
        final Thread reader = new Thread(
                () -> consume(stack, committedAtMicros, latency, lastArrival, streaming, warmup, rows, done),
                "cdc-bench-consumer");
        reader.setDaemon(true);
        reader.start();

        try (Connection c = DriverManager.getConnection(
                stack.endpoints().jdbc().url(),
                stack.endpoints().jdbc().user(),
                stack.endpoints().jdbc().password())) {
            // One row first: the slot, the snapshot and the consumer must all be live before timing.
            try (PreparedStatement st =
                    c.prepareStatement("INSERT INTO job_service.skill_tags (id, name) VALUES (?::uuid, ?)")) {
                st.setString(1, warmup);
                st.setString(2, "warmup-" + warmup);
                st.executeUpdate();
            }
            final long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!streaming.get() && System.nanoTime() < waitUntil) {
                Thread.onSpinWait();
            }
            if (!streaming.get()) {
                throw new IllegalStateException("CDC did not start streaming within 3 minutes");
            }
            c.setAutoCommit(false);
            final long start = System.nanoTime();
            final long startMicros = nowMicros();
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO job_service.skill_tags (id, name, category) VALUES (?::uuid, ?, 'cloud')")) {
                final String[] batch = new String[rowsPerTx];
                int inBatch = 0;
                for (int i = 0; i < rows; i++) {
                    final String id = UUID.randomUUID().toString();
                    batch[inBatch++] = id;
                    st.setString(1, id);
                    st.setString(2, "bench-" + id);
                    st.addBatch();
                    if (inBatch == rowsPerTx || i == rows - 1) {
                        st.executeBatch();
                        // Stamped just before COMMIT so a record can never beat its own stamp; this
                        // counts the commit's own duration (about a millisecond) into the latency.
                        final long committing = nowMicros();
                        for (int j = 0; j < inBatch; j++) {
                            committedAtMicros.put(batch[j], committing);
                        }
                        c.commit();
                        inBatch = 0;
                    }
                }
            }
            final double commitSeconds = (System.nanoTime() - start) / 1e9;
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not every row reached the topic within 10 minutes");
            }
            final double totalSeconds = (lastArrival.get() - startMicros) / 1e6;
            final String report = String.format(
                    "CDC burst: %d rows in transactions of %d; committed in %.2f s (%.0f rows/s); all on %s after %.2f s:"
                            + " %.0f rows/s commit->topic; latency commit->topic p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    rows,
                    rowsPerTx,
                    commitSeconds,
                    rows / commitSeconds,
                    Topics.SKILL_TAGS.name(),
                    totalSeconds,
                    rows / totalSeconds,
                    latency.getValueAtPercentile(50) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0,
                    latency.getMaxValue() / 1000.0);
            LOG.info(report);
            System.out.println(report);
        }
    }

    private static void consume(
            final EmbeddedStack stack,
            final Map<String, Long> committedAtMicros,
            final Histogram latency,
            final AtomicLong lastArrival,
            final AtomicBoolean streaming,
            final String warmup,
            final int rows,
            final CountDownLatch done) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.endpoints().kafka());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            final List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.SKILL_TAGS.name(), Duration.ofSeconds(60)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            int seen = 0;
            while (seen < rows) {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    final long arrived = nowMicros();
                    if (warmup.equals(record.key())) {
                        streaming.set(true);
                        continue;
                    }
                    final Long committed = committedAtMicros.remove(record.key());
                    if (committed != null) {
                        latency.recordValue(Math.max(0, arrived - committed));
                        lastArrival.set(arrived);
                        seen++;
                    }
                }
            }
        } catch (final RuntimeException e) {
            LOG.error("bench consumer failed", e);
        } finally {
            done.countDown();
        }
    }

    private static long nowMicros() {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L;
    }
}
