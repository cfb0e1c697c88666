package io.hirehub.launcher.status;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind a consumer group is: per partition it reads (committed or assigned), the last
 * stable offset (committed transactions only, as our read_committed consumers see it) minus the
 * group's committed offset, summed. A partition assigned but never committed counts from its start.
 */
final class ConsumerLag {

    private static final long TIMEOUT_MS = 10_000;

    private ConsumerLag() {}

    /** Lag of each group, in the given order; empty for a group the cluster does not know yet. */
    static Map<String, Optional<Long>> of(final Admin admin, final List<String> groups)
            throws ExecutionException, InterruptedException, TimeoutException {
        final Map<String, ConsumerGroupDescription> descriptions =
                admin.describeConsumerGroups(groups).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        final Map<String, Optional<Long>> lags = new LinkedHashMap<>();
        for (final String group : groups) {
            final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .forEach((partition, offset) -> {
                        if (offset != null) {
                            committed.put(partition, offset);
                        }
                    });
            final Set<TopicPartition> read = new HashSet<>(committed.keySet());
            final ConsumerGroupDescription description = descriptions.get(group);
            if (description != null) {
                for (final MemberDescription member : description.members()) {
                    read.addAll(member.assignment().topicPartitions());
                }
            }
            if (read.isEmpty()) {
                lags.put(group, Optional.empty());
                continue;
            }
            final Map<TopicPartition, Long> ends = offsets(admin, read, OffsetSpec.latest());
            final Set<TopicPartition> fresh = new HashSet<>(read);
            fresh.removeAll(committed.keySet());
            final Map<TopicPartition, Long> starts =
                    fresh.isEmpty() ? Map.of() : offsets(admin, fresh, OffsetSpec.earliest());
            long lag = 0;
            for (final TopicPartition partition : read) {
                final long position = committed.containsKey(partition)
                        ? committed.get(partition).offset()
                        : starts.getOrDefault(partition, 0L);
                lag += Math.max(0, ends.getOrDefault(partition, position) - position);
            }
            lags.put(group, Optional.of(lag));
        }
        return lags;
    }

    static Map<TopicPartition, Long> offsets(
            final Admin admin, final Set<TopicPartition> partitions, final OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        final Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        final Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
