package io.hirehub.topologies.match.topology;

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
 * idempotent and a job's cost is (shards × N), independent of the resume count.
 */
final class TopMerger implements Processor<String, Values.ShardTop, Void, Void> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final int topN;
    private KeyValueStore<String, Values.ShardTop> partials;
    private KeyValueStore<String, Values.RankedList> top;

    TopMerger(final int topN) {
        this.topN = topN;
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
        final String partialKey = jobId + ":" + shard.partition();
        if (shard.matches().isEmpty()) {
            partials.delete(partialKey);
        } else {
            partials.put(partialKey, shard);
        }
        final List<Values.RankedMatch> merged = new ArrayList<>();
        try (KeyValueIterator<String, Values.ShardTop> it = partials.prefixScan(jobId + ":", KEYS)) {
            it.forEachRemaining(kv -> merged.addAll(kv.value.matches()));
        }
        if (merged.isEmpty()) {
            top.delete(jobId);
            return;
        }
        merged.sort(Values.RankedMatch.ORDER);
        top.put(jobId, new Values.RankedList(merged.subList(0, Math.min(topN, merged.size()))));
    }
}
