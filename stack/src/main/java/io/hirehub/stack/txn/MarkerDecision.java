package io.hirehub.stack.txn;

import java.util.Optional;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.requests.TransactionResult;

/**
 * What to write to a partition holding an open transaction: nothing while its coordinator still owns
 * it or no coordinator lists its producer, the coordinator's own outcome when the coordinator completed
 * it without the partition's marker, and an abort when the producer has moved on and the outcome is no
 * longer known (what {@code kafka-transactions.sh abort} writes).
 *
 * <p>Committing what the coordinator committed matters under exactly-once: Kafka Streams treats a
 * completed commit as durable (its state stores and checkpoints already hold the output), so aborting
 * it would roll back the changelog under a store that keeps the records, and the inputs would be
 * processed twice.
 *
 * @param result             the marker to write; empty when the partition is left alone
 * @param markerEpoch        the producer epoch the marker carries
 * @param transactionVersion 2 for a marker that ends a transaction the coordinator bumped the epoch
 *                           of (KIP-890), 0 for one at the partition's own epoch
 */
public record MarkerDecision(
        Optional<TransactionResult> result, short markerEpoch, short transactionVersion, String reason) {

    private static final short BUMPED_MARKERS = 2;
    private static final short LEGACY_MARKERS = 0;

    /** Decides for {@code open} given its coordinator's view, empty when no coordinator lists the producer. */
    public static MarkerDecision decide(final OpenTransaction open, final Optional<CoordinatorView> coordinator) {
        if (coordinator.isEmpty()) {
            // A coordinator that has not loaded its partitions yet lists nothing either: only an operator
            // can tell an expired transactional id from that (kafka-transactions.sh find-hanging, abort).
            return leave(
                    open,
                    "no transaction coordinator lists producer " + open.producerId()
                            + "; if it stays open, kafka-transactions.sh abort ends it");
        }
        final CoordinatorView view = coordinator.get();
        final TransactionState state = view.state();
        final Optional<TransactionResult> outcome;
        switch (state) {
            case ONGOING, PREPARE_COMMIT, PREPARE_ABORT, PREPARE_EPOCH_FENCE -> {
                return leave(open, view.transactionalId() + " is " + state + " at its coordinator, which ends it");
            }
            case COMPLETE_COMMIT -> outcome = Optional.of(TransactionResult.COMMIT);
            case COMPLETE_ABORT -> outcome = Optional.of(TransactionResult.ABORT);
            default -> outcome = Optional.empty();
        }
        if (outcome.isPresent() && view.producerEpoch() == open.producerEpoch() + 1) {
            return new MarkerDecision(
                    outcome,
                    view.producerEpoch(),
                    BUMPED_MARKERS,
                    view.transactionalId() + " is " + state + " at epoch " + view.producerEpoch()
                            + " but this partition never got its marker");
        }
        if (outcome.isPresent() && view.producerEpoch() == open.producerEpoch()) {
            return new MarkerDecision(
                    outcome,
                    open.producerEpoch(),
                    LEGACY_MARKERS,
                    view.transactionalId() + " is " + state + " but this partition never got its marker");
        }
        return new MarkerDecision(
                Optional.of(TransactionResult.ABORT),
                open.producerEpoch(),
                LEGACY_MARKERS,
                view.transactionalId() + " moved on (" + state + " at epoch " + view.producerEpoch()
                        + ") from the transaction this partition holds open at epoch " + open.producerEpoch());
    }

    private static MarkerDecision leave(final OpenTransaction open, final String reason) {
        return new MarkerDecision(Optional.empty(), open.producerEpoch(), LEGACY_MARKERS, reason);
    }
}
