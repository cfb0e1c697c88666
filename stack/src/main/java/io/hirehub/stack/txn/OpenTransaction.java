package io.hirehub.stack.txn;

import org.apache.kafka.common.TopicPartition;

/**
 * A transaction a partition's log still holds open: the producer's id and epoch as the partition last
 * saw them, the coordinator epoch of its last marker, and the offset its open transaction starts at.
 */
public record OpenTransaction(
        TopicPartition partition, long producerId, short producerEpoch, int coordinatorEpoch, long firstOffset) {}
