package io.hirehub.connectors.writeback.resume;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.connectors.runtime.MarkerCommits;
import io.hirehub.connectors.runtime.Rebalances;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.topics.Topics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes hirehub.resume.analysis-results (read_committed: only what the exactly-once topology
 * committed) and writes each result in one PostgreSQL transaction. A record's offset is committed
 * only after its transaction; a database failure rewinds to that record and retries after a backoff,
 * so nothing is skipped. Writing is idempotent, so a replay after a crash between the database commit
 * and the offset commit changes nothing.
 *
 * <p>It updates {@code resumes}, which CDC publishes on hirehub.resume.resumes; the pipeline reads
 * only deletes there, so this cannot re-trigger it.
 */
public final class ResumeWriteBack implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeWriteBack.class);

    private final ResumeWriteBackSettings settings;
    private final DataSource dataSource;
    private final ResumeResultWriter writer;
    private final KafkaConsumer<String, ResumeAnalysisResult> consumer;
    private final MarkerCommits markerCommits = new MarkerCommits();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong written = new AtomicLong();
    private final ConsumerRebalanceListener assignments;

    public ResumeWriteBack(
            final ResumeWriteBackSettings settings, final DataSource dataSource, final SchemaRegistryClient registry) {
        this(settings, dataSource, registry, Rebalances.IGNORED);
    }

    /** As above; {@code assignments} hears when the consumer gets partitions (it then consumes). */
    public ResumeWriteBack(
            final ResumeWriteBackSettings settings,
            final DataSource dataSource,
            final SchemaRegistryClient registry,
            final ConsumerRebalanceListener assignments) {
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.writer = new ResumeResultWriter(new Outbox(registry));
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
        this.consumer = new KafkaConsumer<>(
                props, new StringDeserializer(), new AvroDeserializer<>(registry, ResumeAnalysisResult.class));
    }

    /** Results written since start (for tests and status output). */
    public long written() {
        return written.get();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.RESUME_ANALYSIS_RESULTS.name()), assignments);
            while (running.get()) {
                final ConsumerRecords<String, ResumeAnalysisResult> records = consumer.poll(settings.pollTimeout());
                if (records.isEmpty()) {
                    markerCommits.commitAdvanced(consumer);
                    continue;
                }
                for (final TopicPartition partition : records.partitions()) {
                    if (!writePartition(partition, records.records(partition))) {
                        break;
                    }
                }
            }
        } catch (final WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close();
            stopped.countDown();
        }
    }

    /** Writes a partition's records in order; false after a database failure (the partition is rewound). */
    private boolean writePartition(
            final TopicPartition partition, final List<ConsumerRecord<String, ResumeAnalysisResult>> records) {
        for (final ConsumerRecord<String, ResumeAnalysisResult> record : records) {
            if (record.value() == null) {
                commit(partition, record.offset());
                continue;
            }
            try {
                writeOne(record.value());
            } catch (final SQLException | RuntimeException e) {
                LOG.warn(
                        "resume {} write-back failed ({}: {}); retrying from offset {}",
                        record.key(),
                        e.getClass().getSimpleName(),
                        e.getMessage(),
                        record.offset());
                consumer.seek(partition, record.offset());
                pause();
                return false;
            }
            commit(partition, record.offset());
        }
        return true;
    }

    private void writeOne(final ResumeAnalysisResult result) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                final ResumeResultWriter.WriteOutcome outcome = writer.write(c, result);
                c.commit();
                if (outcome == ResumeResultWriter.WriteOutcome.RESUME_MISSING) {
                    LOG.info("resume {} no longer exists; its analysis result is dropped", result.getResumeId());
                } else {
                    written.incrementAndGet();
                    LOG.debug("resume {} written back with status {}", result.getResumeId(), result.getStatus());
                }
            } catch (final SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void commit(final TopicPartition partition, final long offset) {
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset + 1)));
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryBackoff().toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            stopped.await(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
