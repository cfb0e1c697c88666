package io.hirehub.registry;

import io.hirehub.schemas.topics.CleanupPolicy;
import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.schemas.topics.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's log in a single-partition compacted Kafka topic. One thread follows the topic and
 * applies every record, including this instance's own writes, so all instances fold the same log
 * in the same order. Writes are acks=all and wait until read back.
 */
public final class KafkaRegistryStore implements RegistryStore {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaRegistryStore.class);

    private final RegistrySettings settings;
    private final TopicPartition partition;
    private final Object progress = new Object();
    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread follower;
    private volatile boolean running;
    private long position; // next offset to apply; guarded by progress
    private Throwable followerFailure; // guarded by progress
    private volatile Consumer<Throwable> failureListener = error -> {};

    public KafkaRegistryStore(final RegistrySettings settings) {
        this.settings = settings;
        this.partition = new TopicPartition(settings.topic(), 0);
        if (settings.kafkaBootstrapServers().isBlank()) {
            throw new IllegalArgumentException(
                    "registry needs kafka bootstrap servers for its topic " + settings.topic());
        }
    }

    @Override
    public void start(final Consumer<RegistryRecord> applier, final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        admin = Admin.create(adminProps(timeout));
        ensureTopic(timeout);
        producer = new KafkaProducer<>(producerProps(timeout), new ByteArraySerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        running = true;
        follower = new Thread(() -> follow(applier), "schema-registry-log-" + settings.topic());
        follower.setDaemon(true);
        follower.start();
        try {
            catchUp(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        } catch (RegistryStoreException e) {
            throw new RegistryStartException(
                    "Schema registry could not read its topic " + settings.topic() + " from "
                            + settings.kafkaBootstrapServers() + " to the end within " + timeout + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private void ensureTopic(final Duration timeout) {
        try {
            final int brokers = admin.describeCluster()
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .size();
            final Optional<TopicSpec> planned = TopicPlan.standard().find(settings.topic());
            final short replication = planned.map(s -> s.effectiveReplicationFactor(brokers))
                    .orElse((short) Math.min(3, Math.max(1, brokers)));
            final Map<String, String> configs = planned.map(s -> s.configs(brokers))
                    .orElse(Map.of("cleanup.policy", CleanupPolicy.COMPACT.kafkaValue()));
            admin.createTopics(List.of(new NewTopic(settings.topic(), 1, replication).configs(configs)))
                    .all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Created schema registry topic {} (replication {})", settings.topic(), replication);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw new RegistryStartException(
                        "Schema registry could not reach Kafka at " + settings.kafkaBootstrapServers() + " within "
                                + timeout,
                        e.getCause());
            }
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new RegistryStartException(
                        "Schema registry could not create its topic " + settings.topic() + " on "
                                + settings.kafkaBootstrapServers() + ": "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (TimeoutException e) {
            throw new RegistryStartException(
                    "Schema registry could not reach Kafka at " + settings.kafkaBootstrapServers() + " within "
                            + timeout,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryStartException("Interrupted while starting the schema registry", e);
        }
    }

    private void follow(final Consumer<RegistryRecord> applier) {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    applyOne(applier, record);
                }
                final long next = consumer.position(partition);
                synchronized (progress) {
                    position = next;
                    progress.notifyAll();
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop.
        } catch (Throwable e) { // NOPMD: the follower never ends without a word
            LOG.error("Schema registry stopped following {}: {}", settings.topic(), e.toString(), e);
            synchronized (progress) {
                followerFailure = e;
                progress.notifyAll();
            }
            failureListener.accept(e);
        }
    }

    private void applyOne(final Consumer<RegistryRecord> applier, final ConsumerRecord<byte[], byte[]> record) {
        try {
            applier.accept(RegistryRecordCodec.decode(record.key(), record.value()));
        } catch (IllegalArgumentException e) {
            // A record of another registry flavour (e.g. Confluent's NOOP keys): skip, keep serving.
            LOG.warn(
                    "Skipping unreadable record at {}-{} offset {}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    @Override
    public void onFailure(final Consumer<Throwable> listener) {
        failureListener = listener;
    }

    @Override
    public void append(final RegistryRecord record, final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final long offset;
        try {
            offset = producer.send(new ProducerRecord<>(
                            settings.topic(), 0, RegistryRecordCodec.key(record), RegistryRecordCodec.value(record)))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .offset();
        } catch (TimeoutException e) {
            throw new RegistryStoreException(
                    "write to " + settings.topic() + " not acknowledged within " + timeout, true, e);
        } catch (ExecutionException e) {
            throw new RegistryStoreException(
                    "write to " + settings.topic() + " failed: " + e.getCause().getMessage(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryStoreException("interrupted while writing to " + settings.topic(), false, e);
        }
        awaitPosition(offset + 1, deadline);
    }

    @Override
    public void catchUp(final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final long end;
        try {
            end = admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .offset();
        } catch (TimeoutException e) {
            throw new RegistryStoreException(
                    "end offset of " + settings.topic() + " not known within " + timeout, true, e);
        } catch (ExecutionException e) {
            throw new RegistryStoreException(
                    "end offset of " + settings.topic() + ": " + e.getCause().getMessage(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryStoreException("interrupted while reading " + settings.topic(), false, e);
        }
        awaitPosition(end, deadline);
    }

    private void awaitPosition(final long target, final long deadline) {
        synchronized (progress) {
            while (position < target) {
                if (followerFailure != null) {
                    throw new RegistryStoreException(
                            "not following " + settings.topic() + ": " + followerFailure.getMessage(),
                            false,
                            followerFailure);
                }
                final long waitMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (waitMs <= 0) {
                    throw new RegistryStoreException(
                            "applied up to offset " + position + " of " + settings.topic() + ", needed " + target,
                            true,
                            null);
                }
                try {
                    progress.wait(waitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RegistryStoreException("interrupted while reading " + settings.topic(), false, e);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (follower != null) {
            try {
                follower.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private Properties adminProps(final Duration timeout) {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        final int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "hirehub-schema-registry-admin");
        return props;
    }

    private Properties producerProps(final Duration timeout) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "hirehub-schema-registry-producer");
        return props;
    }

    private Properties consumerProps() {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "hirehub-schema-registry-reader");
        return props;
    }
}
