package io.hirehub.stack.txn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.requests.TransactionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarkerDecisionTest {

    private static final OpenTransaction OPEN =
            new OpenTransaction(new TopicPartition("hirehub.resume.profiles", 0), 8L, (short) 63, 0, 166L);

    private static Optional<CoordinatorView> coordinator(final TransactionState state, final int epoch) {
        return Optional.of(new CoordinatorView("hirehub-resume-pipeline-1", state, (short) epoch));
    }

    @ParameterizedTest
    @EnumSource(
            value = TransactionState.class,
            names = {"ONGOING", "PREPARE_COMMIT", "PREPARE_ABORT", "PREPARE_EPOCH_FENCE"})
    void shouldLeaveATransactionItsCoordinatorStillEnds(final TransactionState state) {
        final MarkerDecision decision = MarkerDecision.decide(OPEN, coordinator(state, 64));

        assertThat(decision.result()).isEmpty();
        assertThat(decision.reason()).contains(state.toString());
    }

    @Test
    void shouldCommitWhatTheCoordinatorCommittedWithTheBumpedEpochOfItsOwnMarkers() {
        final MarkerDecision decision = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 64));

        assertThat(decision.result()).contains(TransactionResult.COMMIT);
        assertThat(decision.markerEpoch()).isEqualTo((short) 64);
        assertThat(decision.transactionVersion()).isEqualTo((short) 2);
        assertThat(decision.reason()).contains("never got its marker");
    }

    @Test
    void shouldAbortWhatTheCoordinatorAbortedWithTheBumpedEpoch() {
        final MarkerDecision decision = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 64));

        assertThat(decision.result()).contains(TransactionResult.ABORT);
        assertThat(decision.markerEpoch()).isEqualTo((short) 64);
        assertThat(decision.transactionVersion()).isEqualTo((short) 2);
    }

    @Test
    void shouldEndALegacyTransactionAtThePartitionsEpochWhenTheCoordinatorDidNotBumpIt() {
        final MarkerDecision commit = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 63));
        final MarkerDecision abort = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_ABORT, 63));

        assertThat(commit.result()).contains(TransactionResult.COMMIT);
        assertThat(commit.markerEpoch()).isEqualTo((short) 63);
        assertThat(commit.transactionVersion()).isZero();
        assertThat(abort.result()).contains(TransactionResult.ABORT);
        assertThat(abort.transactionVersion()).isZero();
    }

    @Test
    void shouldLeaveAProducerNoCoordinatorListsToAnOperator() {
        // A restarted broker's coordinator lists nothing until it leads and has loaded its partitions.
        final MarkerDecision decision = MarkerDecision.decide(OPEN, Optional.empty());

        assertThat(decision.result()).isEmpty();
        assertThat(decision.reason())
                .contains("no transaction coordinator lists producer 8")
                .contains("kafka-transactions.sh abort");
    }

    @Test
    void shouldAbortWhenTheProducerMovedOnAndTheOutcomeIsNoLongerKnown() {
        // Empty at 65: a new producer session started after the transaction ended, commit or abort unknown.
        final MarkerDecision empty = MarkerDecision.decide(OPEN, coordinator(TransactionState.EMPTY, 65));
        // Committed at 70: a later transaction, not the one this partition holds open.
        final MarkerDecision later = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 70));

        assertThat(empty.result()).contains(TransactionResult.ABORT);
        assertThat(empty.markerEpoch()).isEqualTo((short) 63);
        assertThat(empty.reason()).contains("moved on").contains("Empty at epoch 65");
        assertThat(later.result()).contains(TransactionResult.ABORT);
        assertThat(later.transactionVersion()).isZero();
    }

    @Test
    void shouldAbortWhenTheCoordinatorIsBehindThePartition() {
        final MarkerDecision decision = MarkerDecision.decide(OPEN, coordinator(TransactionState.COMPLETE_COMMIT, 60));

        assertThat(decision.result()).contains(TransactionResult.ABORT);
        assertThat(decision.markerEpoch()).isEqualTo((short) 63);
    }
}
