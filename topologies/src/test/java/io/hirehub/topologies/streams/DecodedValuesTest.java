package io.hirehub.topologies.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class DecodedValuesTest {

    private final AtomicInteger decodes = new AtomicInteger();

    private String decode(final byte[] bytes) {
        decodes.incrementAndGet();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldDecodeEqualBytesOnceAndReturnTheSameInstance() {
        final DecodedValues<String> values = new DecodedValues<>(4);

        final String first = values.decode(bytes("{\"a\":1}"), this::decode);
        final String again = values.decode(bytes("{\"a\":1}"), this::decode);

        assertThat(again).isSameAs(first);
        assertThat(decodes).hasValue(1);
    }

    @Test
    void shouldDecodeChangedBytesAfreshAndNotBeFooledByTheCallerMutatingItsArray() {
        final DecodedValues<String> values = new DecodedValues<>(4);
        final byte[] reused = bytes("{\"a\":1}");

        assertThat(values.decode(reused, this::decode)).isEqualTo("{\"a\":1}");
        reused[5] = '2';

        assertThat(values.decode(reused, this::decode)).isEqualTo("{\"a\":2}");
        assertThat(values.decode(bytes("{\"a\":1}"), this::decode)).isEqualTo("{\"a\":1}");
        assertThat(decodes).hasValue(2);
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedBeyondItsCapacity() {
        final DecodedValues<String> values = new DecodedValues<>(2);

        values.decode(bytes("one"), this::decode);
        values.decode(bytes("two"), this::decode);
        values.decode(bytes("one"), this::decode);
        values.decode(bytes("three"), this::decode);
        assertThat(values.size()).isEqualTo(2);
        assertThat(decodes).hasValue(3);

        values.decode(bytes("one"), this::decode);
        assertThat(decodes).hasValue(3);
        values.decode(bytes("two"), this::decode);
        assertThat(decodes).hasValue(4);
    }

    record Ranked(String id, BigDecimal score) {}

    record Top(List<Ranked> matches, long position) {
        Top {
            matches = List.copyOf(matches);
        }
    }

    @Test
    void shouldRoundTripThroughTheRememberingSerdeAndKeepTombstones() {
        final Serde<Top> serde = JsonSerdes.remembering(Top.class, 8);
        final Top top = new Top(List.of(new Ranked("r1", new BigDecimal("0.8125"))), 42);
        final byte[] written = serde.serializer().serialize("t", top);

        final Top read = serde.deserializer().deserialize("t", written);

        assertThat(read).isEqualTo(top);
        assertThat(serde.deserializer().deserialize("t", written.clone())).isSameAs(read);
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThat(serde.serializer().serialize("t", null)).isNull();
    }
}
