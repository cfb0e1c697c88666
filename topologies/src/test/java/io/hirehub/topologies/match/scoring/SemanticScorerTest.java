package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hirehub.topologies.embed.Vectors;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SemanticScorerTest {

    private final SemanticScorer scorer = new SemanticScorer();

    private SemanticScore score(final float[] job, final float[] resume) {
        return scorer.score(
                Fixtures.job().embedding(job).prepared(),
                Fixtures.resume().embedding(resume).prepared());
    }

    @Test
    void shouldMapCosineToZeroToHundred() {
        final SemanticScore same = score(new float[] {1, 0, 0}, new float[] {1, 0, 0});
        assertThat(same.score()).isEqualByComparingTo("100.00");
        assertThat(same.cosine()).isEqualByComparingTo("1.0000");
        final SemanticScore orthogonal = score(new float[] {1, 0, 0}, new float[] {0, 1, 0});
        assertThat(orthogonal.score()).isEqualByComparingTo("0.00");
        final SemanticScore partial = score(new float[] {0.6f, 0.8f}, new float[] {1, 0});
        assertThat(partial.score()).isEqualByComparingTo("60.00");
        assertThat(partial.cosine()).isEqualByComparingTo("0.6000");
    }

    @Test
    void shouldClampNegativeSimilarityToZero() {
        final SemanticScore opposite = score(new float[] {1, 0}, new float[] {-1, 0});
        assertThat(opposite.score()).isEqualByComparingTo("0.00");
        assertThat(opposite.cosine()).isEqualByComparingTo("-1.0000");
    }

    @Test
    void shouldNormaliseVectorsThatAreNotUnitLength() {
        assertThat(score(new float[] {3, 4}, new float[] {6, 8}).score()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldBeNeutralWhenAnEmbeddingIsMissingOrZero() {
        assertThat(score(null, new float[] {1, 0}).known()).isFalse();
        assertThat(score(new float[] {1, 0}, null).score()).isEqualByComparingTo("50.00");
        assertThat(score(new float[] {0, 0}, new float[] {1, 0}).known()).isFalse();
    }

    @Test
    void shouldRejectDifferentDimensions() {
        assertThatThrownBy(() -> score(new float[] {1, 0}, new float[] {1, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding dimensions differ: 2 vs 3");
    }

    @Test
    void shouldAgreeWithNaiveDotProductOnRandomVectors() {
        final Random random = new Random(7);
        for (int n = 1; n < 40; n++) {
            final float[] a = Fixtures.randomUnit(random, n);
            final float[] b = Fixtures.randomUnit(random, n);
            double naive = 0;
            for (int i = 0; i < n; i++) {
                naive += (double) a[i] * b[i];
            }
            assertThat(Vectors.dot(a, b)).isCloseTo((float) naive, within(1e-5f));
            assertThat(Vectors.fastCosine(a, b)).isCloseTo(naive, within(1e-5));
        }
    }
}
