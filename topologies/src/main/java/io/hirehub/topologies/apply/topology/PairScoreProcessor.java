package io.hirehub.topologies.apply.topology;

import io.hirehub.avro.derived.ApplicationScore;
import io.hirehub.topologies.apply.topology.ApplyRecords.PairInput;
import io.hirehub.topologies.apply.topology.ApplyRecords.PairState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fills in {@code applications.match_score} when a pair is scored after its application was
 * submitted (keyed {@code {job_id}:{resume_id}}): it hears the pair's application (from the
 * applications table, with whether its row has a score) and the pair's score (from the matches
 * topic), and emits the score for the write-back once per score, only while the row has none. The
 * write-back's own update comes back through CDC with a score and stops it (the loop rule).
 */
final class PairScoreProcessor implements Processor<String, PairInput, String, ApplicationScore> {

    private ProcessorContext<String, ApplicationScore> context;
    private KeyValueStore<String, PairState> store;

    @Override
    public void init(final ProcessorContext<String, ApplicationScore> ctx) {
        this.context = ctx;
        this.store = ctx.getStateStore(ApplicationsTopology.PAIR_SCORES_STORE);
    }

    @Override
    public void process(final Record<String, PairInput> record) {
        final PairInput in = record.value();
        if (record.key() == null || in == null) {
            return;
        }
        final PairState before = store.get(record.key());
        PairState state = before == null ? new PairState(null, false, null, null) : before;
        state = in.isScore()
                ? new PairState(state.applicationId(), state.applicationScored(), in.score(), state.emitted())
                : new PairState(
                        in.applicationId(),
                        Boolean.TRUE.equals(in.applicationScored()),
                        state.score(),
                        state.emitted());
        if (state.applicationId() != null
                && !state.applicationScored()
                && state.score() != null
                && !Objects.equals(state.score(), state.emitted())) {
            context.forward(record.withKey(state.applicationId())
                    .withValue(ApplicationScore.newBuilder()
                            .setApplicationId(UUID.fromString(state.applicationId()))
                            .setMatchScore(new BigDecimal(state.score()).setScale(2, RoundingMode.HALF_UP))
                            .build()));
            state = new PairState(state.applicationId(), false, state.score(), state.score());
        }
        if (!state.equals(before)) {
            store.put(record.key(), state);
        }
    }
}
