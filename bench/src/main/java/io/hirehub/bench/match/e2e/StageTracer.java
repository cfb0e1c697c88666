package io.hirehub.bench.match.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when a key first becomes visible (read_committed, so as a downstream task would see it) on
 * each topic of the job path, so the end-to-end latency can be split into its hops. Reads from the
 * end of every partition at start: only records written after that are traced.
 */
final class StageTracer implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    StageTracer(final String bootstrap, final List<String> topics) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        5,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        final List<TopicPartition> partitions = topics.stream()
                .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "bench-stage-tracer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.key() != null) {
                        firstSeenNanos.putIfAbsent(r.topic() + "|" + r.key(), System.nanoTime());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** When {@code key} was first seen on {@code topic} (System.nanoTime), or -1. */
    long seen(final String topic, final String key) {
        return firstSeenNanos.getOrDefault(topic + "|" + key, -1L);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
