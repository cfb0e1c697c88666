package io.hirehub.topologies.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1, "e", 0);

    @Test
    void shouldScoreTheIdealOrderOne() {
        assertThat(Ndcg.at(
                        3,
                        List.of(scored("a", 9), scored("b", 8), scored("d", 7), scored("c", 1), scored("e", 0)),
                        GRADES))
                .isEqualTo(1.0);
    }

    @Test
    void shouldMatchAHandComputedValue() {
        // Order c, a, b: DCG@3 = 0/1 + 7/log2(3) + 3/2; ideal = 7 + 3/log2(3) + 1/2.
        final double dcg = 7 / log2(3) + 3 / 2.0;
        final double ideal = 7 + 3 / log2(3) + 0.5;
        assertThat(Ndcg.at(3, List.of(scored("c", 3), scored("a", 2), scored("b", 1)), GRADES))
                .isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void shouldGiveTiedDocumentsTheirMeanGain() {
        // a (gain 7) and c (gain 0) tie at the top: each of ranks 1 and 2 earns 3.5.
        final double dcg = 3.5 + 3.5 / log2(3);
        final double ideal = 7 + 3 / log2(3);
        assertThat(Ndcg.at(2, List.of(scored("c", 5), scored("a", 5), scored("b", 1)), GRADES))
                .isCloseTo(dcg / ideal, within(1e-12))
                .isEqualTo(Ndcg.at(2, List.of(scored("a", 5), scored("c", 5), scored("b", 1)), GRADES));
    }

    @Test
    void shouldRankUnscoredGradedDocumentsLast() {
        // c first, then a, b, d, e tied last: ranks 2..5 each earn the mean gain (7 + 3 + 1 + 0) / 4.
        final double dcg = 2.75 * (1 / log2(3) + 1 / log2(4) + 1 / log2(5) + 1 / log2(6));
        final double ideal = 7 + 3 / log2(3) + 1 / log2(4);
        assertThat(Ndcg.at(5, List.of(scored("c", 1)), GRADES)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(Ndcg.at(5, List.of(scored("a", 2), scored("b", 1), scored("d", 0.5)), GRADES))
                .isEqualTo(1.0);
    }

    @Test
    void shouldScoreOneWhenNothingIsRelevant() {
        assertThat(Ndcg.at(5, List.of(scored("x", 1)), Map.of("x", 0, "y", 0))).isEqualTo(1.0);
    }

    @Test
    void shouldScoreZeroWhenTheTopHoldsOnlyUnrelatedDocuments() {
        assertThat(Ndcg.at(2, List.of(scored("c", 9), scored("e", 8), scored("a", 1)), GRADES))
                .isZero();
    }

    @Test
    void shouldRejectANonPositiveCutoff() {
        assertThatThrownBy(() -> Ndcg.at(0, List.of(), GRADES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be positive, was 0");
    }

    private static Ndcg.Scored scored(final String id, final double score) {
        return new Ndcg.Scored(id, score);
    }

    private static double log2(final double x) {
        return Math.log(x) / Math.log(2);
    }
}
