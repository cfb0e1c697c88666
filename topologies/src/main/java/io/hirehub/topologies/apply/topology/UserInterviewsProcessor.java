package io.hirehub.topologies.apply.topology;

import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.InterviewEntry;
import io.hirehub.topologies.apply.query.UserInterviews;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** A user's interviews (keyed by user_id), soonest first; a redelivered booking changes nothing. */
final class UserInterviewsProcessor implements Processor<String, InterviewEntry, Void, Void> {

    private KeyValueStore<String, UserInterviews> store;

    @Override
    public void init(final ProcessorContext<Void, Void> ctx) {
        this.store = ctx.getStateStore(ApplicationStore.USER_INTERVIEWS.storeName());
    }

    @Override
    public void process(final Record<String, InterviewEntry> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        final UserInterviews before = store.get(record.key());
        final UserInterviews after =
                (before == null ? new UserInterviews(record.key(), List.of()) : before).with(record.value());
        if (after != before) {
            store.put(record.key(), after);
        }
    }
}
