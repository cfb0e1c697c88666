package io.hirehub.topologies.match.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each user's recommended jobs (pairs at or above the recommendation threshold, best first,
 * one entry per (job, resume)), keyed by user_id after the repartition. Retractions and scores that
 * fell below the threshold remove the entry.
 */
final class UserRecommender implements Processor<String, Values.UserUpdate, Void, Void> {

    private static final Comparator<Values.RankedMatch> ORDER = Comparator.comparing(
                    Values.RankedMatch::score, Comparator.reverseOrder())
            .thenComparing(Values.RankedMatch::jobId)
            .thenComparing(Values.RankedMatch::resumeId);

    private final int limit;
    private KeyValueStore<String, Values.RankedList> store;

    UserRecommender(final int limit) {
        this.limit = limit;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        store = context.getStateStore(MatchNames.USER_RECOMMENDED_STORE);
    }

    @Override
    public void process(final Record<String, Values.UserUpdate> record) {
        final Values.UserUpdate u = record.value();
        final Values.RankedList current = store.get(u.userId());
        final List<Values.RankedMatch> list = new ArrayList<>(current == null ? List.of() : current.matches());
        list.removeIf(m -> m.jobId().equals(u.jobId()) && m.resumeId().equals(u.resumeId()));
        if (u.score() != null && u.recommended()) {
            list.add(new Values.RankedMatch(u.jobId(), u.resumeId(), u.userId(), u.score()));
        }
        list.sort(ORDER);
        if (list.isEmpty()) {
            store.delete(u.userId());
        } else {
            store.put(u.userId(), new Values.RankedList(list.subList(0, Math.min(limit, list.size()))));
        }
    }
}
