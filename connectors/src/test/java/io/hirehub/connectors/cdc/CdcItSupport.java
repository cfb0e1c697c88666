package io.hirehub.connectors.cdc;

import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Helpers of the CDC ITs: per-test slot settings, SQL, reading topics from the start, decoding values. */
public final class CdcItSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private CdcItSupport() {}

    /** Settings with a slot, publication and Debezium prefix of their own, fast heartbeats and polls. */
    public static Map<String, String> settingsMap(final String name) {
        final SharedStack stack = SharedStack.get();
        final String unique = name + "_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
        final Map<String, String> map = new HashMap<>();
        map.put("postgres.jdbc.url", stack.jdbcUrl());
        map.put("postgres.user", stack.jdbcUser());
        map.put("postgres.password", stack.jdbcPassword());
        map.put("kafka.bootstrap.servers", stack.kafkaBootstrap());
        map.put("registry.url", registryUrl());
        map.put("cdc.slot.name", "it_" + unique);
        map.put("cdc.publication.name", "it_" + unique);
        map.put("cdc.topic.prefix", "it-" + unique.replace('_', '-'));
        map.put("cdc.heartbeat.interval.ms", "1000");
        map.put("cdc.leader.poll.ms", "1000");
        map.put("cdc.offset.flush.interval.ms", "500");
        return map;
    }

    private static io.hirehub.registry.SchemaRegistryServer ownRegistry;

    /**
     * The stack's registry; until the stack has one, a registry server of our own on the shared
     * broker (the project's real server, started once per JVM).
     */
    static synchronized String registryUrl() {
        try {
            return SharedStack.get().registryUrl();
        } catch (final IllegalStateException noRegistryPart) {
            if (ownRegistry == null) {
                ownRegistry = new io.hirehub.registry.SchemaRegistryServer(
                                io.hirehub.registry.RegistrySettings.defaults(
                                                SharedStack.get().kafkaBootstrap())
                                        .withPort(0))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(ownRegistry::close));
            }
            return ownRegistry.url();
        }
    }

    static CdcSettings settings(final String name) {
        return CdcSettings.fromMap(settingsMap(name));
    }

    static void sql(final String... statements) {
        try (Connection c = SharedStack.get().connection();
                Statement st = c.createStatement()) {
            for (final String s : statements) {
                st.execute(s);
            }
        } catch (final SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** Drops the slot and publication a test created, so WAL is not retained after the run. */
    public static void dropSlot(final CdcSettings settings) {
        try (Connection c = SharedStack.get().connection();
                Statement st = c.createStatement()) {
            st.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
                    + settings.slotName() + "' AND NOT active");
            st.execute("DROP PUBLICATION IF EXISTS " + settings.publicationName());
        } catch (final SQLException e) {
            // best effort: the stack is thrown away at the end of the run anyway
        }
    }

    static String header(final ConsumerRecord<String, byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Reads topics from the beginning, keeping what it has read between polls. */
    public static final class TopicReader implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

        public TopicReader(final String... topics) {
            final Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().kafkaBootstrap());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer = new KafkaConsumer<>(props);
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : topics) {
                Awaitility.await("topic " + topic + " exists")
                        .atMost(ItTimeouts.WAIT)
                        .until(() -> !consumer.partitionsFor(topic, Duration.ofSeconds(5))
                                .isEmpty());
                for (final PartitionInfo p : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Polls until {@code done} holds for the records read so far (or the deadline passes). */
        public List<ConsumerRecord<String, byte[]>> until(
                final Predicate<List<ConsumerRecord<String, byte[]>>> done, final Duration atMost) {
            Awaitility.await()
                    .atMost(atMost)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                        return done.test(records);
                    });
            return List.copyOf(records);
        }

        /** The records of one key, in offset order (a key lives on one partition). */
        public static List<ConsumerRecord<String, byte[]>> ofKey(
                final List<ConsumerRecord<String, byte[]>> all, final String topic, final String key) {
            return all.stream()
                    .filter(r -> r.topic().equals(topic) && key.equals(r.key()))
                    .toList();
        }

        /**
         * What a consumer keeps after dropping duplicates by source position (LSN + op): other
         * runners on other slots (the stack's own, a standby) may write the same change again.
         */
        public static List<ConsumerRecord<String, byte[]>> distinctChanges(
                final List<ConsumerRecord<String, byte[]>> records) {
            final java.util.Set<String> seen = new java.util.HashSet<>();
            return records.stream()
                    .filter(r -> seen.add(header(r, "lsn") + "/" + header(r, "op") + "/" + header(r, "id")))
                    .toList();
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Decodes Confluent wire-format values through the stack's registry. */
    static final class Decoder implements AutoCloseable {

        private final SchemaRegistryClient registry = HttpSchemaRegistryClient.of(registryUrl());
        private final Map<Integer, Schema> schemas = new HashMap<>();

        GenericRecord decode(final byte[] bytes) {
            final ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (buffer.get() != 0) {
                throw new IllegalArgumentException("not Confluent wire format");
            }
            final Schema schema = schemas.computeIfAbsent(buffer.getInt(), registry::getById);
            try {
                return new GenericDatumReader<GenericRecord>(schema)
                        .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
            } catch (final java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            registry.close();
        }
    }
}
