package io.hirehub.topologies.match.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void shouldKeepTheLargestScoresBestFirst() {
        final TopK top = new TopK(3);
        final float[] scores = {0.1f, 0.9f, 0.5f, 0.7f, 0.3f};
        for (int slot = 0; slot < scores.length; slot++) {
            top.offer(scores[slot], slot);
        }
        assertThat(top.sortedSlots()).containsExactly(1, 3, 2);
        assertThat(top.threshold()).isEqualTo(0.5f);
    }

    @Test
    void shouldReturnFewerWhenFewerWereOffered() {
        final TopK top = new TopK(10);
        top.offer(1f, 4);
        assertThat(top.sortedSlots()).containsExactly(4);
        assertThat(top.threshold()).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void shouldBreakTiesByLowerSlotWhateverTheOrder() {
        final TopK forward = new TopK(2);
        final TopK backward = new TopK(2);
        for (int slot = 0; slot < 5; slot++) {
            forward.offer(1f, slot);
            backward.offer(1f, 4 - slot);
        }
        assertThat(forward.sortedSlots()).containsExactly(0, 1);
        assertThat(backward.sortedSlots()).containsExactly(0, 1);
    }

    @Test
    void shouldAgreeWithANaiveSortOnSeededRandomData() {
        final Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            final int n = 1 + random.nextInt(3000);
            final int k = 1 + random.nextInt(150);
            final float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                // coarse values so ties happen
                scores[i] = random.nextInt(500) / 10f;
            }
            final TopK top = new TopK(k);
            for (int i = 0; i < n; i++) {
                top.offer(scores[i], i);
            }
            final int[] expected = IntStream.range(0, n)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                    .limit(k)
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertThat(top.sortedSlots()).as("round %d n=%d k=%d", round, n, k).containsExactly(expected);
        }
    }

    @Test
    void shouldRejectNonPositiveK() {
        assertThatThrownBy(() -> new TopK(0)).hasMessage("k must be > 0, got 0");
    }

    @Test
    void shouldNotMutateInputOrder() {
        final TopK top = new TopK(2);
        top.offer(3f, 0);
        top.offer(2f, 1);
        top.offer(5f, 2);
        assertThat(Arrays.stream(top.sortedSlots()).boxed()).containsExactly(2, 0);
    }
}
