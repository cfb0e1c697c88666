package io.hirehub.topologies.match.topology;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends every record to every partition (KIP-837 multicast, Kafka ≥ 3.4): job profiles are few
 * compared with resumes, so each task holds all open jobs beside its own resume shard and a
 * changed resume is matched without any cross-task lookup.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class BroadcastPartitioner<K, V> implements StreamPartitioner<K, V> {

    @Override
    public Optional<Set<Integer>> partitions(final String topic, final K key, final V value, final int numPartitions) {
        return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }
}
