package io.hirehub.connectors.runtime;

import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/** Consumer rebalance listeners shared by the write-backs. */
public final class Rebalances {

    /** Hears nothing: for a consumer whose owner does not track its assignment. */
    public static final ConsumerRebalanceListener IGNORED = new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            // nothing to track
        }

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            // nothing to track
        }
    };

    private Rebalances() {}
}
