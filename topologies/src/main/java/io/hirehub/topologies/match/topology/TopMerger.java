package io.hirehub.topologies.match.topology;

import io.hirehub.schemas.keys.CompositeKeys;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges the per-shard partial top-Ns of a job (keyed by job_id after the repartition) into the
 * queryable top-N store. Each shard's list replaces that shard's previous one, so the merge is
 * idempotent and a job's cost is (shards × N), independent of the resume count. The stored top says
 * how many shards have reported, so a reader can tell a final list from one still filling in, and
 * the job's source position every shard has scored (read-your-writes, {@code min_position}).
 */
final class TopMerger implements Processor<String, Values.ShardTop, Void, Void> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final int topN;
    private final int shards;
    private KeyValueStore<String, Values.ShardTop> partials;
    private KeyValueStore<String, Values.JobTop> top;

    TopMerger(final int topN, final int shards) {
        this.topN = topN;
        this.shards = shards;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        partials = context.getStateStore(MatchNames.JOB_PARTIALS_STORE);
        top = context.getStateStore(MatchNames.JOB_TOP_STORE);
    }

    @Override
    public void process(final Record<String, Values.ShardTop> record) {
        final String jobId = record.key();
        final Values.ShardTop shard = record.value();
        final String partialKey = CompositeKeys.join(jobId, Integer.toString(shard.partition()));
        if (shard.jobOpen()) {
            // A shard's job version only moves forward: an update caused by a resume keeps its position.
            final Values.ShardTop before = partials.get(partialKey);
            final long position = Math.max(shard.position(), before == null ? 0 : before.position());
            partials.put(
                    partialKey, new Values.ShardTop(shard.partition(), shard.matches(), shard.jobOpen(), position));
        } else {
            partials.delete(partialKey);
        }
        final List<Values.RankedMatch> merged = new ArrayList<>();
        int reported = 0;
        long position = Long.MAX_VALUE;
        try (KeyValueIterator<String, Values.ShardTop> it = partials.prefixScan(CompositeKeys.prefix(jobId), KEYS)) {
            while (it.hasNext()) {
                final Values.ShardTop partial = it.next().value;
                merged.addAll(partial.matches());
                position = Math.min(position, partial.position());
                reported++;
            }
        }
        if (reported == 0) {
            top.delete(jobId);
            return;
        }
        merged.sort(Values.RankedMatch.ORDER);
        top.put(jobId, new Values.JobTop(merged.subList(0, Math.min(topN, merged.size())), reported, shards, position));
    }
}
