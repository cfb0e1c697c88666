package io.hirehub.connectors.writeback.apply;

import io.hirehub.connectors.runtime.MarkerCommits;
import io.hirehub.connectors.runtime.Rebalances;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sink of one applications topology output ({@link ApplySink}) into PostgreSQL: committed records
 * only, each polled batch (latest value per key) in one DB transaction, offsets committed after the
 * DB commit; a crash in between replays the batch, which the idempotent statements turn into the
 * same rows. Undecodable records go to {@link Topics#APPLICATIONS_DLQ} with headers and are skipped.
 */
public final class ApplyWriteBack implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyWriteBack.class);

    private final ApplySink sink;
    private final ApplyWriteBackSettings settings;
    private final AvroDeserializer<? extends SpecificRecord> deserializer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> dlq;
    private final MarkerCommits markerCommits = new MarkerCommits();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConsumerRebalanceListener assignments;
    private final DeadLetterValues deadLetters = new DeadLetterValues();

    public ApplyWriteBack(
            final ApplySink sink, final ApplyWriteBackSettings settings, final SchemaRegistryClient registry) {
        this(sink, settings, registry, Rebalances.IGNORED);
    }

    /** As above; {@code assignments} hears when the consumer gets partitions (it then consumes). */
    public ApplyWriteBack(
            final ApplySink sink,
            final ApplyWriteBackSettings settings,
            final SchemaRegistryClient registry,
            final ConsumerRebalanceListener assignments) {
        this.sink = sink;
        this.settings = settings;
        this.assignments = assignments;
        this.deserializer = deserializer(registry, sink.topic().valueType());
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        settings.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        sink.groupId(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2000),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        this.dlq = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        settings.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(sink.topic().name()), assignments);
        final Properties db = new Properties();
        if (settings.user() != null) {
            db.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            db.setProperty("password", settings.password());
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), db)) {
            connection.setAutoCommit(false);
            while (running.get()) {
                final ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                if (records.isEmpty()) {
                    markerCommits.commitAdvanced(consumer);
                    continue;
                }
                sink.apply(connection, settings.schema(), latest(records));
                connection.commit();
                dlq.flush();
                consumer.commitSync();
                LOG.debug("{} write-back applied {} records", sink, records.count());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (SQLException e) {
            // The offsets were not committed: the batch is replayed after a restart.
            throw new IllegalStateException(sink + " write-back failed: " + e.getMessage(), e);
        } finally {
            consumer.close();
            dlq.close();
        }
    }

    /** The batch's last value of each key (both outputs are absolute, so only the last one matters). */
    private List<SpecificRecord> latest(final ConsumerRecords<String, byte[]> records) {
        final Map<String, SpecificRecord> byKey = new LinkedHashMap<>();
        for (final ConsumerRecord<String, byte[]> r : records) {
            if (r.value() == null) {
                continue;
            }
            try {
                byKey.remove(r.key());
                byKey.put(r.key(), deserializer.deserialize(r.topic(), r.value()));
            } catch (RuntimeException e) {
                final String message = deadLetters.maskedMessage(e);
                LOG.warn("Undecodable record at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), message);
                final ProducerRecord<String, byte[]> dead = new ProducerRecord<>(
                        Topics.APPLICATIONS_DLQ.name(),
                        r.key(),
                        deadLetters.undecodable(
                                new DeadLetterValues.RecordSource(r.topic(), r.partition(), r.offset()), r.value(), e));
                DeadLetterHeaders.describe(
                        dead.headers(),
                        r.topic(),
                        r.partition(),
                        r.offset(),
                        e.getClass().getName(),
                        message);
                dlq.send(dead);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static <V extends SpecificRecord> AvroDeserializer<V> deserializer(
            final SchemaRegistryClient registry, final Class<V> type) {
        return new AvroDeserializer<>(registry, type);
    }

    /** Stops the loop (from another thread); {@link #run} closes the clients. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
