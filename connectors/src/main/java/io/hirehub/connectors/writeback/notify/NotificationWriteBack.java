package io.hirehub.connectors.writeback.notify;

import io.hirehub.avro.entity.Notification;
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
 * Sink of {@code hirehub.notify.notifications} into {@code notifications} and the delivery queue
 * {@code notification_outbox}: committed records only, one DB transaction per polled batch, offsets
 * committed after the DB commit; a replay is absorbed by {@link NotificationRowWriter}'s
 * insert-if-absent. Undecodable records go to {@link Topics#NOTIFICATIONS_DLQ}.
 */
public final class NotificationWriteBack implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationWriteBack.class);

    private final NotificationWriteBackSettings settings;
    private final AvroDeserializer<Notification> deserializer;
    private final NotificationRowWriter writer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> dlq;
    private final MarkerCommits markerCommits = new MarkerCommits();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConsumerRebalanceListener assignments;
    private final DeadLetterValues deadLetters = new DeadLetterValues();

    public NotificationWriteBack(final NotificationWriteBackSettings settings, final SchemaRegistryClient registry) {
        this(settings, registry, Rebalances.IGNORED);
    }

    public NotificationWriteBack(
            final NotificationWriteBackSettings settings,
            final SchemaRegistryClient registry,
            final ConsumerRebalanceListener assignments) {
        this.settings = settings;
        this.assignments = assignments;
        this.deserializer = new AvroDeserializer<>(registry, Notification.class);
        this.writer = new NotificationRowWriter(settings.schema());
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
                        1000),
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
        consumer.subscribe(List.of(Topics.NOTIFICATIONS.name()), assignments);
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
                final int inserted = writer.apply(connection, decode(records));
                connection.commit();
                dlq.flush();
                consumer.commitSync();
                LOG.debug("notification write-back: {} records, {} new notifications", records.count(), inserted);
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("notification write-back failed: " + e.getMessage(), e);
        } finally {
            consumer.close();
            dlq.close();
        }
    }

    private List<Notification> decode(final ConsumerRecords<String, byte[]> records) {
        final List<Notification> out = new ArrayList<>(records.count());
        for (final ConsumerRecord<String, byte[]> r : records) {
            if (r.value() == null) {
                continue;
            }
            try {
                out.add(deserializer.deserialize(r.topic(), r.value()));
            } catch (RuntimeException e) {
                final String message = deadLetters.maskedMessage(e);
                LOG.warn("Undecodable notification at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), message);
                final ProducerRecord<String, byte[]> dead = new ProducerRecord<>(
                        Topics.NOTIFICATIONS_DLQ.name(),
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
        return out;
    }

    /** Stops the loop (from another thread); {@link #run} closes the clients. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
