package io.hirehub.connectors.writeback.match;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.connectors.runtime.MarkerCommits;
import io.hirehub.connectors.runtime.Rebalances;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Sink of {@code hirehub.match.matches} into {@code match_service.matches}: reads committed
 * records only (the topology writes under exactly_once_v2), applies each polled batch in one DB
 * transaction, and commits the offsets only after the DB commit. A crash in between replays the
 * batch, which the idempotent {@link MatchRowWriter} turns into the same rows. Undecodable
 * records go to {@link Topics#MATCHING_DLQ} with headers and are skipped; the dead letter's value is
 * their {@link DeadLetterValues} description (position, masked error, a digest), never the bytes.
 */
public final class MatchWriteBack implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MatchWriteBack.class);

    private final MatchWriteBackSettings settings;
    private final AvroDeserializer<MatchDetail> deserializer;
    private final MatchRowWriter writer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final MarkerCommits markerCommits = new MarkerCommits();
    private final KafkaProducer<String, byte[]> dlq;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConsumerRebalanceListener assignments;
    private final DeadLetterValues deadLetters = new DeadLetterValues();

    public MatchWriteBack(final MatchWriteBackSettings settings, final SchemaRegistryClient registry) {
        this(settings, registry, Rebalances.IGNORED);
    }

    /** As above; {@code assignments} hears when the consumer gets partitions (it then consumes). */
    public MatchWriteBack(
            final MatchWriteBackSettings settings,
            final SchemaRegistryClient registry,
            final ConsumerRebalanceListener assignments) {
        this.assignments = assignments;
        this.settings = settings;
        this.deserializer = new AvroDeserializer<>(registry, MatchDetail.class);
        this.writer = new MatchRowWriter(settings.schema());
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        settings.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        settings.groupId(),
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
        consumer.subscribe(List.of(Topics.MATCHES.name()), assignments);
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
                writer.apply(connection, changes(records));
                connection.commit();
                dlq.flush();
                consumer.commitSync();
                LOG.debug("Match write-back applied {} records", records.count());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (SQLException e) {
            // The offsets were not committed: the batch is replayed after a restart.
            throw new IllegalStateException("match write-back failed: " + e.getMessage(), e);
        } finally {
            consumer.close();
            dlq.close();
        }
    }

    private List<MatchRowWriter.Change> changes(final ConsumerRecords<String, byte[]> records) {
        final List<MatchRowWriter.Change> changes = new ArrayList<>(records.count());
        for (final ConsumerRecord<String, byte[]> r : records) {
            try {
                final PairKey pair = PairKey.parse(r.key());
                changes.add(new MatchRowWriter.Change(
                        pair.jobUuid(),
                        pair.resumeUuid(),
                        r.value() == null ? null : MatchRow.of(deserializer.deserialize(r.topic(), r.value()))));
            } catch (RuntimeException e) {
                final String message = deadLetters.maskedMessage(e);
                LOG.warn(
                        "Undecodable match record at {}-{}@{}: {}: {}",
                        r.topic(),
                        r.partition(),
                        r.offset(),
                        e.getClass().getName(),
                        message);
                final ProducerRecord<String, byte[]> dead = new ProducerRecord<>(
                        Topics.MATCHING_DLQ.name(),
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
        return changes;
    }

    /** Stops the loop (from another thread); {@link #run} closes the clients. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
