package io.hirehub.connectors.cdc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * CDC meters, tagged with the slot: records published, outbox rows removed, whether this instance
 * leads, and the slot's retained WAL and lag in bytes (from the last {@link SlotStatus} read).
 */
public final class CdcMetrics {

    private final Counter published;
    private final Counter outboxRemoved;
    private final AtomicLong leader = new AtomicLong();
    private final AtomicReference<SlotStatus> slot = new AtomicReference<>();

    public CdcMetrics(final MeterRegistry registry, final String slotName) {
        final Tags tags = Tags.of("slot", slotName);
        published = Counter.builder("hirehub.cdc.records.published")
                .tags(tags)
                .description("CDC records acknowledged by Kafka")
                .register(registry);
        outboxRemoved = Counter.builder("hirehub.cdc.outbox.removed")
                .tags(tags)
                .description("Outbox rows removed after their event was acknowledged")
                .register(registry);
        Gauge.builder("hirehub.cdc.leader", leader, AtomicLong::get)
                .tags(tags)
                .description("1 while this instance holds the slot's leader lock")
                .register(registry);
        Gauge.builder(
                        "hirehub.cdc.slot.retained.wal.bytes",
                        slot,
                        s -> s.get() == null ? 0 : s.get().retainedBytes())
                .tags(tags)
                .baseUnit("bytes")
                .description("pg_current_wal_lsn() - restart_lsn")
                .register(registry);
        Gauge.builder(
                        "hirehub.cdc.slot.lag.bytes",
                        slot,
                        s -> s.get() == null ? 0 : s.get().lagBytes())
                .tags(tags)
                .baseUnit("bytes")
                .description("pg_current_wal_lsn() - confirmed_flush_lsn")
                .register(registry);
    }

    void published(final int records, final int removedOutboxRows) {
        published.increment(records);
        outboxRemoved.increment(removedOutboxRows);
    }

    void leader(final boolean isLeader) {
        leader.set(isLeader ? 1 : 0);
    }

    void slot(final SlotStatus status) {
        slot.set(status);
    }

    public double publishedCount() {
        return published.count();
    }
}
