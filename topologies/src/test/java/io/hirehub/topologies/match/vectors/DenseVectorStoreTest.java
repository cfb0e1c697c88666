package io.hirehub.topologies.match.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.match.scoring.Fixtures;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dense-slot bookkeeping both encodings share, checked through each of them. */
class DenseVectorStoreTest {

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("int8", (IntFunction<DenseVectorStore>) Int8VectorStore::new),
                Arguments.of("binary", (IntFunction<DenseVectorStore>) BinaryVectorStore::new));
    }

    /** 64 dims: random sign patterns never collide, so every vector is its own nearest in both encodings. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void shouldReplaceRemoveAndReuseSlotsPastTheFirstBlocksAndCapacity(
            final String name, final IntFunction<DenseVectorStore> encoding) {
        final Random random = new Random(3);
        final int dims = 64;
        final DenseVectorStore store = encoding.apply(dims);
        final Map<String, float[]> expected = new HashMap<>();
        for (int i = 0; i < 1100; i++) {
            final float[] v = Fixtures.randomUnit(random, dims);
            store.put("r" + i, v);
            expected.put("r" + i, v);
        }
        for (int i = 0; i < 2 * Int8VectorStore.BLOCK; i += 3) {
            assertThat(store.remove("r" + i)).isTrue();
            expected.remove("r" + i);
        }
        for (int i = 1; i < 200; i += 7) {
            final float[] v = Fixtures.randomUnit(random, dims);
            store.put("r" + i, v);
            expected.put("r" + i, v);
        }
        assertThat(store.remove("missing")).isFalse();
        assertThat(store.size()).isEqualTo(expected.size());
        for (final Map.Entry<String, float[]> entry : expected.entrySet()) {
            assertThat(store.contains(entry.getKey())).isTrue();
            assertThat(store.id(store.scan(entry.getValue(), 1)[0])).isEqualTo(entry.getKey());
        }
        final int[] all = store.scan(Fixtures.randomUnit(random, dims), expected.size() + 10);
        final Set<String> ids = new HashSet<>();
        for (final int slot : all) {
            ids.add(store.id(slot));
        }
        assertThat(all).hasSize(expected.size());
        assertThat(ids).isEqualTo(expected.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void shouldMoveTheLastSlotIntoTheHoleOfARemovedOne(
            final String name, final IntFunction<DenseVectorStore> encoding) {
        final DenseVectorStore store = encoding.apply(4);
        store.put("a", new float[] {1, 0, 0, 0});
        store.put("b", new float[] {0, 1, 0, 0});
        store.put("c", new float[] {0, 0, 1, 0});

        store.remove("a");

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.id(0)).isEqualTo("c");
        assertThat(store.id(1)).isEqualTo("b");
        assertThat(store.id(store.scan(new float[] {0, 0, 1, 0}, 1)[0])).isEqualTo("c");
        assertThatThrownBy(() -> store.id(2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("slot 2 of 2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void shouldShrinkToEmptyAndGrowAgain(final String name, final IntFunction<DenseVectorStore> encoding) {
        final DenseVectorStore store = encoding.apply(4);
        for (int i = 0; i < Int8VectorStore.BLOCK + 1; i++) {
            store.put("r" + i, new float[] {1, i, 0, 0});
        }
        for (int i = 0; i < Int8VectorStore.BLOCK + 1; i++) {
            store.remove("r" + i);
        }
        assertThat(store.size()).isZero();
        assertThat(store.scan(new float[] {1, 0, 0, 0}, 5)).isEmpty();
        store.put("again", new float[] {0, 0, 1, 0});
        assertThat(store.id(store.scan(new float[] {0, 0, 1, 0}, 5)[0])).isEqualTo("again");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void shouldRejectWrongDimensions(final String name, final IntFunction<DenseVectorStore> encoding) {
        final DenseVectorStore store = encoding.apply(4);
        assertThatThrownBy(() -> store.put("a", new float[3])).hasMessage("vector of 'a' has 3 dimensions, expected 4");
        assertThatThrownBy(() -> store.scan(new float[5], 1)).hasMessage("query has 5 dimensions, expected 4");
        assertThatThrownBy(() -> store.id(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> encoding.apply(0)).hasMessage("dims must be > 0, got 0");
    }
}
