package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.stack.txn.HangingTransactions;
import io.hirehub.stack.txn.MarkerDecision;
import io.hirehub.stack.txn.OpenTransaction;
import io.hirehub.stack.txn.TxnMarkerWriter;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.TransactionResult;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions on the real embedded broker: the repair that runs when {@code dev} restarts on old data
 * leaves a transaction its coordinator still owns alone, and the marker it writes for one the
 * coordinator completed ends the transaction on the partition as the coordinator's own marker would
 * (the records turn visible to read_committed readers, or are skipped past).
 */
class HangingTransactionsIT {

    private final SharedStack stack = SharedStack.get();
    private final List<AutoCloseable> clients = new ArrayList<>();
    private Admin admin;
    private TopicPartition partition;

    @BeforeEach
    void createTopic() throws Exception {
        admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrap()));
        final String topic = "it.txn." + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        partition = new TopicPartition(topic, 0);
    }

    @AfterEach
    void close() throws Exception {
        for (final AutoCloseable client : clients) {
            client.close();
        }
        admin.deleteTopics(List.of(partition.topic())).all().get();
        admin.close();
    }

    @Test
    void shouldLeaveATransactionItsCoordinatorStillOwns() throws Exception {
        final KafkaProducer<String, String> producer = openTransaction("first", "second");

        final HangingTransactions.Repair repair = new HangingTransactions(admin, Duration.ofSeconds(30)).repair();

        assertThat(repair.committed()).isZero();
        assertThat(repair.aborted()).isZero();
        assertThat(repair.leftToCoordinator()).isPositive();
        assertThat(repair.failures()).isEmpty();
        assertThat(openOn(partition)).as("still open after the repair").isPresent();
        assertThat(stableEnd()).isZero();

        producer.commitTransaction();
        assertThat(readCommitted(2)).containsExactly("first", "second");
    }

    @Test
    void shouldMakeTheRecordsOfAnOpenTransactionVisibleWithACommitMarker() throws Exception {
        final KafkaProducer<String, String> producer = openTransaction("first", "second");
        final OpenTransaction open = openOn(partition).orElseThrow();

        final Errors answer = new TxnMarkerWriter(Duration.ofSeconds(10))
                .write(leader(), open, legacyMarker(open, TransactionResult.COMMIT));

        assertThat(answer).isEqualTo(Errors.NONE);
        assertThat(readCommitted(2)).containsExactly("first", "second");
        assertThat(openOn(partition)).isEmpty();
        // The producer's own commit now ends an empty transaction on this partition: nothing doubles.
        producer.commitTransaction();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(partition.topic(), "k", "third")).get();
        producer.commitTransaction();
        assertThat(readCommitted(3)).containsExactly("first", "second", "third");
    }

    @Test
    void shouldSkipTheRecordsOfAnOpenTransactionWithAnAbortMarker() throws Exception {
        final KafkaProducer<String, String> producer = openTransaction("aborted");
        final OpenTransaction open = openOn(partition).orElseThrow();

        final Errors answer = new TxnMarkerWriter(Duration.ofSeconds(10))
                .write(leader(), open, legacyMarker(open, TransactionResult.ABORT));

        assertThat(answer).isEqualTo(Errors.NONE);
        assertThat(openOn(partition)).isEmpty();
        await().atMost(ItTimeouts.WAIT).until(() -> stableEnd() == 2L);
        producer.abortTransaction();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(partition.topic(), "k", "after")).get();
        producer.commitTransaction();
        assertThat(readCommitted(1)).containsExactly("after");
    }

    @Test
    void shouldReportAMarkerThePartitionRefuses() throws Exception {
        final KafkaProducer<String, String> producer = openTransaction("earlier");
        // Committing moves the producer to its next epoch, so one lower is a stale epoch.
        producer.commitTransaction();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(partition.topic(), "k", "first")).get();
        final OpenTransaction open = openOn(partition).orElseThrow();
        final long stableBefore = stableEnd();
        final OpenTransaction staleEpoch = new OpenTransaction(
                partition, open.producerId(), (short) (open.producerEpoch() - 1), open.coordinatorEpoch(), 0L);

        final Errors answer = new TxnMarkerWriter(Duration.ofSeconds(10))
                .write(leader(), staleEpoch, legacyMarker(staleEpoch, TransactionResult.COMMIT));

        assertThat(answer).isNotEqualTo(Errors.NONE);
        assertThat(openOn(partition)).as("a refused marker ends nothing").contains(open);
        assertThat(stableEnd()).isEqualTo(stableBefore);
        producer.commitTransaction();
        assertThat(readCommitted(2)).containsExactly("earlier", "first");
    }

    private static MarkerDecision legacyMarker(final OpenTransaction open, final TransactionResult result) {
        return new MarkerDecision(Optional.of(result), open.producerEpoch(), (short) 0, "test");
    }

    private KafkaProducer<String, String> openTransaction(final String... values) throws Exception {
        final KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "it-txn-" + UUID.randomUUID(),
                        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        60_000),
                new StringSerializer(),
                new StringSerializer());
        clients.add(producer);
        producer.initTransactions();
        producer.beginTransaction();
        for (final String value : values) {
            producer.send(new ProducerRecord<>(partition.topic(), "k", value)).get();
        }
        return producer;
    }

    private Optional<OpenTransaction> openOn(final TopicPartition tp) throws Exception {
        final List<ProducerState> producers =
                admin.describeProducers(Set.of(tp)).partitionResult(tp).get().activeProducers();
        return producers.stream()
                .filter(p -> p.currentTransactionStartOffset().isPresent())
                .map(p -> new OpenTransaction(
                        tp,
                        p.producerId(),
                        (short) p.producerEpoch(),
                        p.coordinatorEpoch().orElse(0),
                        p.currentTransactionStartOffset().getAsLong()))
                .findFirst();
    }

    private Node leader() throws Exception {
        return admin.describeTopics(Set.of(partition.topic()))
                .allTopicNames()
                .get()
                .get(partition.topic())
                .partitions()
                .get(0)
                .leader();
    }

    /** The partition's last stable offset: the end a read_committed reader may read to. */
    private long stableEnd() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(Set.of(partition)).get(partition);
        }
    }

    private List<String> readCommitted(final int expected) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            final List<String> values = new ArrayList<>();
            await().atMost(ItTimeouts.WAIT).until(() -> {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
            return values;
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-txn-reader-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
