package io.hirehub.apps.match;

import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.topology.MatchNames;
import io.hirehub.topologies.match.topology.Values;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** {@link MatchQueries} over the stores of the running matching application. */
final class StoreMatchQueries implements MatchQueries {

    private final KafkaStreams streams;

    StoreMatchQueries(final KafkaStreams streams) {
        this.streams = streams;
    }

    @Override
    public Optional<Values.JobTop> top(final String jobId) {
        return Optional.ofNullable(
                this.<Values.JobTop>store(MatchNames.JOB_TOP_STORE).get(jobId));
    }

    @Override
    public Optional<Values.RankedList> recommended(final String userId) {
        return Optional.ofNullable(
                this.<Values.RankedList>store(MatchNames.USER_RECOMMENDED_STORE).get(userId));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(final String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
