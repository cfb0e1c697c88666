package io.hirehub.topologies.match.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BinaryVectorStoreTest {

    @Test
    void shouldRankBySignAgreement() {
        final BinaryVectorStore store = new BinaryVectorStore(4);
        store.put("same", new float[] {1, -1, 1, -1});
        store.put("one-off", new float[] {1, -1, 1, 1});
        store.put("opposite", new float[] {-1, 1, -1, 1});
        final int[] slots = store.scan(new float[] {0.5f, -0.2f, 0.9f, -0.1f}, 3);
        assertThat(Arrays.stream(slots).mapToObj(store::id)).containsExactly("same", "one-off", "opposite");
    }

    @Test
    void shouldHandleDimensionsNotMultipleOf64AndManyVectors() {
        final Random random = new Random(4);
        final int dims = 100;
        final BinaryVectorStore store = new BinaryVectorStore(dims);
        final Map<String, float[]> expected = new HashMap<>();
        for (int i = 0; i < 2500; i++) {
            final float[] v = Fixtures.randomUnit(random, dims);
            store.put("r" + i, v);
            expected.put("r" + i, v);
        }
        for (int i = 0; i < 2500; i += 3) {
            assertThat(store.remove("r" + i)).isTrue();
            expected.remove("r" + i);
        }
        assertThat(store.remove("r0")).isFalse();
        assertThat(store.size()).isEqualTo(expected.size());
        for (final Map.Entry<String, float[]> entry : expected.entrySet()) {
            assertThat(store.id(store.scan(entry.getValue(), 1)[0])).isEqualTo(entry.getKey());
        }
        final Set<String> all = new HashSet<>();
        for (final int slot : store.scan(Fixtures.randomUnit(random, dims), 5000)) {
            all.add(store.id(slot));
        }
        assertThat(all).isEqualTo(expected.keySet());
    }

    @Test
    void shouldRecallNeighboursOfClusteredVectorsAfterExactRerank() {
        final Random random = new Random(17);
        final int dims = 256;
        final List<float[]> centres = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            centres.add(Fixtures.randomUnit(random, dims));
        }
        final Preselection preselection = new Preselection(PreselectMode.BINARY, 10, dims);
        final Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            final float[] v = noisy(random, centres.get(random.nextInt(centres.size())), 1.0f);
            vectors.put("r" + i, v);
            preselection.put("r" + i, v);
        }
        double recall = 0;
        for (int q = 0; q < 10; q++) {
            final float[] query = noisy(random, centres.get(q), 1.0f);
            final Set<String> exact = vectors.keySet().stream()
                    .sorted(Comparator.comparingDouble(id -> -Vectors.fastCosine(query, vectors.get(id))))
                    .limit(20)
                    .collect(Collectors.toSet());
            final Set<String> found = new HashSet<>(preselection.candidates(query, 20, vectors::get));
            found.retainAll(exact);
            recall += found.size() / 20.0;
        }
        assertThat(recall / 10).isGreaterThanOrEqualTo(0.98);
    }

    private static float[] noisy(final Random random, final float[] centre, final float noise) {
        final float[] v = Fixtures.randomUnit(random, centre.length);
        for (int d = 0; d < v.length; d++) {
            v[d] = centre[d] + noise * v[d];
        }
        return v;
    }

    @Test
    void shouldParsePreselectModes() {
        assertThat(PreselectMode.fromCode("INT8")).isEqualTo(PreselectMode.INT8);
        assertThat(PreselectMode.fromCode(" binary ")).isEqualTo(PreselectMode.BINARY);
        assertThatThrownBy(() -> PreselectMode.fromCode("pq"))
                .hasMessage("match.preselect.mode must be one of int8, binary, got 'pq'");
    }
}
