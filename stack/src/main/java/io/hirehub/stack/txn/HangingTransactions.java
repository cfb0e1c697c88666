package io.hirehub.stack.txn;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersOptions;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.DescribeTransactionsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the partitions holding a transaction open that their coordinator no longer owns, and writes
 * the marker that ends it ({@link MarkerDecision}). Run on a broker nothing produces to yet (the
 * embedded one, before the stack's applications start): a transaction still being written is left to
 * its coordinator, and each partition is looked at again right before its marker goes out.
 */
public final class HangingTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    private static final String TRANSACTION_STATE_TOPIC = "__transaction_state";

    /** What a pass did: markers written, transactions left to their coordinator, and markers refused. */
    public record Repair(int committed, int aborted, int leftToCoordinator, List<String> failures) {

        public boolean wroteMarkers() {
            return committed + aborted > 0;
        }
    }

    private final Admin admin;
    private final Duration timeout;
    private final TxnMarkerWriter writer;

    public HangingTransactions(final Admin admin, final Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
        this.writer = new TxnMarkerWriter(timeout);
    }

    /**
     * Ends what is hanging on every partition of the cluster, internal topics included. Waits first for
     * every partition to have a leader and every transaction coordinator to answer (a restarted broker
     * leads nothing for a moment once the controller has taken its new registration, and a coordinator
     * that leads nothing lists no transactions), and passes again while a marker is refused for a reason
     * that passes (a leader moving).
     */
    public Repair repair() throws InterruptedException, ExecutionException, TimeoutException {
        final Instant deadline = Instant.now().plus(timeout);
        Map<TopicPartition, Node> leaders = awaitLeaders(deadline);
        awaitTransactionCoordinators(deadline);
        while (true) {
            final Repair repair = pass(leaders);
            if (repair.failures().isEmpty() || Instant.now().isAfter(deadline)) {
                return repair;
            }
            TimeUnit.MILLISECONDS.sleep(500);
            leaders = awaitLeaders(deadline);
        }
    }

    private Repair pass(final Map<TopicPartition, Node> leaders)
            throws InterruptedException, ExecutionException, TimeoutException {
        final List<OpenTransaction> open = openTransactions(leaders.keySet());
        if (open.isEmpty()) {
            return new Repair(0, 0, 0, List.of());
        }
        final Map<Long, CoordinatorView> coordinators =
                coordinatorViews(open.stream().map(OpenTransaction::producerId).collect(Collectors.toSet()));
        final Map<OpenTransaction, MarkerDecision> toEnd = new LinkedHashMap<>();
        int left = 0;
        for (final OpenTransaction transaction : open) {
            final MarkerDecision decision =
                    MarkerDecision.decide(transaction, Optional.ofNullable(coordinators.get(transaction.producerId())));
            if (decision.result().isPresent()) {
                toEnd.put(transaction, decision);
            } else {
                left++;
                LOG.info(
                        "{}: open transaction of producer {} left alone ({})",
                        transaction.partition(),
                        transaction.producerId(),
                        decision.reason());
            }
        }
        if (toEnd.isEmpty()) {
            return new Repair(0, 0, left, List.of());
        }
        // Looked at again right before the markers go out, in one request: a transaction its coordinator
        // ended meanwhile must not get a second marker.
        final Set<OpenTransaction> stillOpen = Set.copyOf(openTransactions(
                toEnd.keySet().stream().map(OpenTransaction::partition).collect(Collectors.toSet())));
        int committed = 0;
        int aborted = 0;
        final List<String> failures = new ArrayList<>();
        for (final Map.Entry<OpenTransaction, MarkerDecision> end : toEnd.entrySet()) {
            final OpenTransaction transaction = end.getKey();
            final MarkerDecision decision = end.getValue();
            if (!stillOpen.contains(transaction)) {
                continue;
            }
            final Errors answer = write(leaders.get(transaction.partition()), transaction, decision);
            if (answer == Errors.NONE) {
                LOG.warn(
                        "{}: producer {}'s transaction, open since offset {}, ended with {} ({})",
                        transaction.partition(),
                        transaction.producerId(),
                        transaction.firstOffset(),
                        decision.result().orElseThrow(),
                        decision.reason());
                switch (decision.result().orElseThrow()) {
                    case COMMIT -> committed++;
                    case ABORT -> aborted++;
                }
            } else {
                failures.add(transaction.partition() + ": " + answer.name());
                LOG.warn(
                        "{}: the {} marker for producer {} was refused: {}",
                        transaction.partition(),
                        decision.result().orElseThrow(),
                        transaction.producerId(),
                        answer);
            }
        }
        return new Repair(committed, aborted, left, List.copyOf(failures));
    }

    /**
     * Waits until the coordinator of every {@code __transaction_state} partition answers: a restarted broker
     * is unfenced a moment before it leads those partitions again, and a coordinator that leads nothing
     * lists no transactions. One probe id per partition (the coordinator's own hash) must come back
     * "not found" from a loaded coordinator; anything retriable is asked again.
     */
    private void awaitTransactionCoordinators(final Instant deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        final int partitions = admin.describeTopics(Set.of(TRANSACTION_STATE_TOPIC))
                .allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .get(TRANSACTION_STATE_TOPIC)
                .partitions()
                .size();
        final Map<Integer, String> probes = new HashMap<>();
        for (int i = 0; probes.size() < partitions; i++) {
            final String id = "hirehub-txn-repair-probe-" + i;
            probes.putIfAbsent(Utils.abs(id.hashCode()) % partitions, id);
        }
        final List<String> waiting = new ArrayList<>(probes.values());
        while (!waiting.isEmpty()) {
            final var answers =
                    admin.describeTransactions(waiting, new DescribeTransactionsOptions().timeoutMs(millis()));
            for (final String id : List.copyOf(waiting)) {
                try {
                    answers.description(id).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    waiting.remove(id);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TransactionalIdNotFoundException) {
                        waiting.remove(id);
                    } else if (!(e.getCause() instanceof RetriableException)) {
                        throw e;
                    }
                }
            }
            if (!waiting.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException("transaction coordinators not answering after " + timeout);
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    private Map<TopicPartition, Node> awaitLeaders(final Instant deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            final Map<TopicPartition, Node> leaders = leaders();
            final long leaderless = leaders.values().stream()
                    .filter(leader -> leader == null || leader.isEmpty())
                    .count();
            if (leaderless == 0) {
                return leaders;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException(leaderless + " partition(s) still without a leader after " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private Errors write(final Node leader, final OpenTransaction transaction, final MarkerDecision decision) {
        if (leader == null || leader.isEmpty()) {
            return Errors.LEADER_NOT_AVAILABLE;
        }
        try {
            return writer.write(leader, transaction, decision);
        } catch (IOException e) {
            LOG.warn("{}: writing the marker to {} failed: {}", transaction.partition(), leader, e.toString());
            return Errors.NETWORK_EXCEPTION;
        }
    }

    private Map<TopicPartition, Node> leaders() throws InterruptedException, ExecutionException, TimeoutException {
        final Set<String> topics = admin.listTopics(
                        new ListTopicsOptions().listInternal(true).timeoutMs(millis()))
                .names()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        final Map<String, TopicDescription> described = admin.describeTopics(
                        topics, new DescribeTopicsOptions().timeoutMs(millis()))
                .allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        final Map<TopicPartition, Node> leaders = new HashMap<>();
        described
                .values()
                .forEach(topic -> topic.partitions()
                        .forEach(p -> leaders.put(new TopicPartition(topic.name(), p.partition()), p.leader())));
        return leaders;
    }

    private List<OpenTransaction> openTransactions(final Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        final Map<TopicPartition, PartitionProducerState> states = admin.describeProducers(
                        partitions, new DescribeProducersOptions().timeoutMs(millis()))
                .all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        final List<OpenTransaction> open = new ArrayList<>();
        states.forEach((partition, state) -> state.activeProducers().stream()
                .filter(producer -> producer.currentTransactionStartOffset().isPresent())
                .map(producer -> openTransaction(partition, producer))
                .forEach(open::add));
        return open;
    }

    private static OpenTransaction openTransaction(final TopicPartition partition, final ProducerState producer) {
        return new OpenTransaction(
                partition,
                producer.producerId(),
                (short) producer.producerEpoch(),
                producer.coordinatorEpoch().orElse(0),
                producer.currentTransactionStartOffset().getAsLong());
    }

    /** The coordinators' views of {@code producerIds}: only those some coordinator lists. */
    private Map<Long, CoordinatorView> coordinatorViews(final Set<Long> producerIds)
            throws InterruptedException, ExecutionException, TimeoutException {
        final List<String> transactionalIds = admin
                .listTransactions(new ListTransactionsOptions()
                        .filterProducerIds(producerIds)
                        .timeoutMs(millis()))
                .all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .stream()
                .map(TransactionListing::transactionalId)
                .toList();
        if (transactionalIds.isEmpty()) {
            return Map.of();
        }
        final Map<String, TransactionDescription> described =
                admin.describeTransactions(transactionalIds).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        final Map<Long, CoordinatorView> views = new HashMap<>();
        described.forEach((id, description) ->
                views.put(description.producerId(), new CoordinatorView(id, description.state(), (short)
                        description.producerEpoch())));
        return views;
    }

    private int millis() {
        return Math.toIntExact(timeout.toMillis());
    }
}
