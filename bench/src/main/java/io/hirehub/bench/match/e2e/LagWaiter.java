package io.hirehub.bench.match.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until consumer groups have caught up with their inputs, so probes measure the latency of
 * one change on a loaded system rather than the queue of a bulk load. A partition whose last batch
 * ended in a transaction marker stays one offset "behind", so lag up to one per partition counts
 * as drained.
 */
final class LagWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(LagWaiter.class);

    private LagWaiter() {}

    static void awaitDrained(final Admin admin, final List<String> groups, final long timeoutSeconds) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int quiet = 0;
        long lastLog = 0;
        while (quiet < 3) {
            final long lag = lag(admin, groups);
            quiet = lag >= 0 ? quiet + 1 : 0;
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(30)) {
                LOG.info("waiting for {} to drain: {} records behind", groups, lag < 0 ? -lag - 1 : lag);
                lastLog = System.nanoTime();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(groups + " did not drain within " + timeoutSeconds + " s");
            }
            Thread.sleep(1_000);
        }
    }

    /** Lag summed over the groups if drained (≥ 0), else −(lag + 1). */
    private static long lag(final Admin admin, final List<String> groups) throws Exception {
        long total = 0;
        int partitions = 0;
        for (final String group : groups) {
            final Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            final var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get();
            for (final var e : committed.entrySet()) {
                if (e.getValue() != null) {
                    total += Math.max(
                            0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    partitions++;
                }
            }
        }
        return total <= partitions ? total : -total - 1;
    }
}
