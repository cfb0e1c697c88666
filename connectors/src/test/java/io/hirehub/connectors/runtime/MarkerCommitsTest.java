package io.hirehub.connectors.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class MarkerCommitsTest {

    private static final TopicPartition P0 = new TopicPartition("results", 0);
    private static final TopicPartition P1 = new TopicPartition("results", 1);

    private final MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());

    @Test
    void shouldCommitPositionsThatMovedPastMarkers() {
        consumer.assign(List.of(P0, P1));
        consumer.commitSync(Map.of(P0, new OffsetAndMetadata(3), P1, new OffsetAndMetadata(7)));
        consumer.seek(P0, 4); // the marker after offset 2 was skipped
        consumer.seek(P1, 7);

        new MarkerCommits().commitAdvanced(consumer);

        assertThat(consumer.committed(Set.of(P0, P1)))
                .containsEntry(P0, new OffsetAndMetadata(4))
                .containsEntry(P1, new OffsetAndMetadata(7));
    }

    @Test
    void shouldNeverCommitBehindWhatIsCommitted() {
        consumer.assign(List.of(P0));
        consumer.commitSync(Map.of(P0, new OffsetAndMetadata(9)));
        consumer.seek(P0, 5); // rewound to retry a failed write

        new MarkerCommits().commitAdvanced(consumer);

        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(9));
    }

    @Test
    void shouldCommitAPartitionThatHasNoCommittedOffsetYet() {
        consumer.assign(List.of(P0));
        consumer.seek(P0, 2);

        new MarkerCommits().commitAdvanced(consumer);

        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
    }

    @Test
    void shouldDoNothingWithoutAnAssignment() {
        new MarkerCommits().commitAdvanced(consumer);

        assertThat(consumer.assignment()).isEmpty();
    }
}
