package io.hirehub.launcher.status;

import io.hirehub.schemas.topics.TopicKind;
import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.schemas.topics.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Records on each dead-letter topic of the plan. Counted by reading them (read_committed), not by
 * offsets: the matching application writes its dead letters in transactions, whose commit markers
 * take offsets too. A topic with more than {@link #EXACT_UP_TO} records is counted by its offsets.
 */
final class DeadLetters {

    static final long EXACT_UP_TO = 100_000;

    private DeadLetters() {}

    /** Every planned dead-letter topic. */
    static List<String> topics() {
        return TopicPlan.standard().topics().stream()
                .filter(spec -> spec.kind() == TopicKind.DEAD_LETTER)
                .map(TopicSpec::name)
                .toList();
    }

    /** Records per dead-letter topic; empty for a topic that does not exist. */
    static Map<String, Optional<Long>> count(final Admin admin, final String bootstrapServers)
            throws ExecutionException, InterruptedException, TimeoutException {
        final Set<String> existing = admin.listTopics().names().get();
        final Map<String, Optional<Long>> counts = new LinkedHashMap<>();
        final Map<String, List<TopicPartition>> partitions = new LinkedHashMap<>();
        for (final String topic : topics()) {
            if (!existing.contains(topic)) {
                counts.put(topic, Optional.empty());
                continue;
            }
            final List<TopicPartition> list = new ArrayList<>();
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> list.add(new TopicPartition(topic, p.partition())));
            partitions.put(topic, list);
        }
        final Set<TopicPartition> all = new HashSet<>();
        partitions.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return counts;
        }
        final Map<TopicPartition, Long> starts = ConsumerLag.offsets(admin, all, OffsetSpec.earliest());
        final Map<TopicPartition, Long> ends = ConsumerLag.offsets(admin, all, OffsetSpec.latest());
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
            for (final Map.Entry<String, List<TopicPartition>> topic : partitions.entrySet()) {
                long span = 0;
                for (final TopicPartition partition : topic.getValue()) {
                    span += ends.get(partition) - starts.get(partition);
                }
                counts.put(
                        topic.getKey(),
                        Optional.of(span == 0 || span > EXACT_UP_TO ? span : read(consumer, topic.getValue(), ends)));
            }
        }
        return counts;
    }

    private static long read(
            final KafkaConsumer<byte[], byte[]> consumer,
            final List<TopicPartition> partitions,
            final Map<TopicPartition, Long> ends) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long records = 0;
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
            records += consumer.poll(Duration.ofMillis(200)).count();
        }
        return records;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(final String bootstrapServers) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "hirehub-status"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }
}
