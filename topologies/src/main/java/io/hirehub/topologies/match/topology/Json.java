package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.streams.JsonSerdes;
import org.apache.kafka.common.serialization.Serde;

/** JSON serdes for the topology's internal records (stores and internal topics only). */
final class Json {

    private Json() {}

    static <T> Serde<T> serde(final Class<T> type) {
        return JsonSerdes.of(type);
    }
}
