package io.hirehub.topologies.match.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.Fixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Int8VectorStoreTest {

    @Test
    void shouldApproximateCosineClosely() {
        final Random random = new Random(1);
        final Int8VectorStore store = new Int8VectorStore(1536);
        final float[] v = Fixtures.randomUnit(random, 1536);
        store.put("a", v);
        for (int i = 0; i < 20; i++) {
            final float[] q = Fixtures.randomUnit(random, 1536);
            // mix in v so similarities spread over [0, 1]
            for (int d = 0; d < q.length; d++) {
                q[d] = q[d] * (i / 20f) + v[d] * (1 - i / 20f);
            }
            assertThat((double) store.approximateCosine(q, 0)).isCloseTo(Vectors.fastCosine(q, v), within(0.005));
        }
    }

    @Test
    void shouldFindTheNearestVectors() {
        final Int8VectorStore store = new Int8VectorStore(3);
        store.put("x", new float[] {1, 0, 0});
        store.put("y", new float[] {0, 1, 0});
        store.put("xy", new float[] {1, 1, 0});
        store.put("zero", new float[] {0, 0, 0});
        final int[] slots = store.scan(new float[] {1, 0.1f, 0}, 2);
        assertThat(slots).hasSize(2);
        assertThat(store.id(slots[0])).isEqualTo("x");
        assertThat(store.id(slots[1])).isEqualTo("xy");
    }

    @Test
    void shouldRecallAtLeast98PercentOfExactTop100AfterExactRerankOfTop400() {
        final Random random = new Random(11);
        final int dims = 384;
        final int n = 10_000;
        final Int8VectorStore store = new Int8VectorStore(dims);
        final List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final float[] v = Fixtures.randomUnit(random, dims);
            vectors.add(v);
            store.put(Integer.toString(i), v);
        }
        double recallSum = 0;
        final int queries = 10;
        for (int q = 0; q < queries; q++) {
            final float[] query = Fixtures.randomUnit(random, dims);
            final Set<Integer> exact = topExact(vectors, query, 100);
            final List<Integer> reranked = new ArrayList<>();
            for (final int slot : store.scan(query, 400)) {
                reranked.add(Integer.parseInt(store.id(slot)));
            }
            final Set<Integer> approx = reranked.stream()
                    .sorted(Comparator.comparingDouble(i -> -Vectors.fastCosine(vectors.get(i), query)))
                    .limit(100)
                    .collect(Collectors.toSet());
            approx.retainAll(exact);
            recallSum += approx.size() / 100.0;
        }
        assertThat(recallSum / queries).isGreaterThanOrEqualTo(0.98);
    }

    private static Set<Integer> topExact(final List<float[]> vectors, final float[] query, final int k) {
        final List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            ids.add(i);
        }
        return ids.stream()
                .sorted(Comparator.comparingDouble(i -> -Vectors.fastCosine(vectors.get(i), query)))
                .limit(k)
                .collect(Collectors.toSet());
    }
}
