package io.hirehub.connectors.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits the positions a read_committed consumer reached by skipping transaction markers only.
 *
 * <p>Every batch an exactly-once producer writes ends with a commit marker. A poll that returns the
 * batch leaves the position before the marker; the next poll skips the marker but returns no record,
 * so a write-back that commits after each record it wrote stays one offset behind the end of the
 * partition for ever: lag 1 in {@code hirehub status}, and a demo that never reads as "through".
 * Call this after a poll that returned no record: nothing was skipped but markers, so committing the
 * positions loses nothing. An idle write-back polls empty again and again: the committed offsets are
 * asked from the broker only when a position moved since the last call.
 */
public final class MarkerCommits {

    private final Map<TopicPartition, Long> checkedPositions = new HashMap<>();

    /** Commits the positions of the assigned partitions that are ahead of their committed offsets. */
    public void commitAdvanced(final Consumer<?, ?> consumer) {
        final Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty() || !positionsMoved(consumer, assigned)) {
            return;
        }
        final Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        final Map<TopicPartition, OffsetAndMetadata> advanced = new HashMap<>();
        for (final TopicPartition partition : assigned) {
            final long position = consumer.position(partition);
            final OffsetAndMetadata last = committed.get(partition);
            if (last == null || position > last.offset()) {
                advanced.put(partition, new OffsetAndMetadata(position));
            }
        }
        if (!advanced.isEmpty()) {
            consumer.commitSync(advanced);
        }
    }

    /** Whether any assigned partition's position differs from the one the last call looked at. */
    private boolean positionsMoved(final Consumer<?, ?> consumer, final Set<TopicPartition> assigned) {
        boolean moved = !checkedPositions.keySet().equals(assigned);
        final Map<TopicPartition, Long> now = new HashMap<>();
        for (final TopicPartition partition : assigned) {
            final long position = consumer.position(partition);
            now.put(partition, position);
            moved |= !Long.valueOf(position).equals(checkedPositions.get(partition));
        }
        checkedPositions.clear();
        checkedPositions.putAll(now);
        return moved;
    }
}
