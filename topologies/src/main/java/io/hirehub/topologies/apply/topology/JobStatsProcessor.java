package io.hirehub.topologies.apply.topology;

import io.hirehub.avro.derived.JobCounts;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.JobStats;
import io.hirehub.topologies.apply.topology.ApplyRecords.JobDelta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A job's funnel and counters (keyed by job_id): each funnel move from the applications processor
 * (already de-duplicated there), and each {@code job.viewed} once (its event id is remembered for
 * {@link #SEEN_FOR}, longer than CDC can redeliver it). Every change emits the job's absolute
 * counts for the write-back, so writing them twice changes nothing.
 */
final class JobStatsProcessor implements Processor<String, JobDelta, String, JobCounts> {

    /** How long a view's event id is remembered: the event topics' retention, plus a day. */
    static final Duration SEEN_FOR = Duration.ofDays(8);

    private ProcessorContext<String, JobCounts> context;
    private KeyValueStore<String, JobStats> stats;
    private KeyValueStore<String, Long> seenViews;

    @Override
    public void init(final ProcessorContext<String, JobCounts> ctx) {
        this.context = ctx;
        this.stats = ctx.getStateStore(ApplicationStore.JOB_STATS.storeName());
        this.seenViews = ctx.getStateStore(ApplicationsTopology.SEEN_VIEWS_STORE);
        ctx.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldViews);
    }

    @Override
    public void process(final Record<String, JobDelta> record) {
        final JobDelta delta = record.value();
        if (delta == null || record.key() == null) {
            return;
        }
        final JobStats before = stats.get(record.key());
        final JobStats current = before == null ? JobStats.empty(record.key()) : before;
        final JobStats after;
        if (JobDelta.VIEW.equals(delta.kind())) {
            if (seenViews.get(delta.eventId()) != null) {
                return;
            }
            seenViews.put(delta.eventId(), record.timestamp());
            after = current.viewed();
        } else {
            after = current.moved(delta.from(), delta.to());
        }
        stats.put(record.key(), after);
        if (before == null
                || before.appliesCount() != after.appliesCount()
                || before.viewsCount() != after.viewsCount()) {
            context.forward(record.withValue(JobCounts.newBuilder()
                    .setJobId(UUID.fromString(record.key()))
                    .setAppliesCount((int) Math.min(Integer.MAX_VALUE, after.appliesCount()))
                    .setViewsCount((int) Math.min(Integer.MAX_VALUE, after.viewsCount()))
                    .build()));
        }
    }

    private void forgetOldViews(final long now) {
        final long before = now - SEEN_FOR.toMillis();
        final List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seenViews.all()) {
            while (all.hasNext()) {
                final KeyValue<String, Long> seen = all.next();
                if (seen.value != null && seen.value < before) {
                    old.add(seen.key);
                }
            }
        }
        old.forEach(seenViews::delete);
    }
}
