package io.hirehub.topologies.streams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * JSON serdes for a topology's internal records (its stores and internal topics only; planned topics
 * carry Avro). Unknown properties are ignored, so a record that gains a field still reads old state;
 * decimals stay {@link java.math.BigDecimal}.
 */
public final class JsonSerdes {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private JsonSerdes() {}

    /** The serde of {@code type} (a record or bean); null stays null (a tombstone). */
    public static <T> Serde<T> of(final Class<T> type) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : write(value),
                (topic, bytes) -> bytes == null ? null : read(bytes, type));
    }

    /**
     * As {@link #of}, remembering the last {@code capacity} decoded values by their bytes
     * ({@link DecodedValues}): for a store read far more often than it changes (a job's top, read by
     * every request for it). {@code type} must be immutable (a record of immutable parts).
     */
    public static <T> Serde<T> remembering(final Class<T> type, final int capacity) {
        final DecodedValues<T> decoded = new DecodedValues<>(capacity);
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : write(value),
                (topic, bytes) -> bytes == null ? null : decoded.decode(bytes, b -> read(b, type)));
    }

    private static byte[] write(final Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(final byte[] bytes, final Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
