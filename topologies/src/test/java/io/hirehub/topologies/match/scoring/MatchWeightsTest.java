package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MatchWeightsTest {

    private static BigDecimal d(final String value) {
        return new BigDecimal(value);
    }

    @Test
    void shouldComputeWeightedOverallWithDefaults() {
        // 80×0.30 + 60×0.05 + 40×0.05 + 90×0.40 + 70×0.20 = 24 + 3 + 2 + 36 + 14
        assertThat(MatchWeights.DEFAULTS.overall(d("80.00"), d("60.00"), d("40.00"), d("90.00"), d("70.00")))
                .isEqualByComparingTo("79.00")
                .hasScaleOf(2);
    }

    @Test
    void shouldTreatWeightsAsSharesOfTheirSum() {
        final MatchWeights percent = new MatchWeights(d("40"), d("25"), d("15"), d("20"));
        assertThat(percent.overall(d("80.00"), d("60.00"), d("40.00"), d("90.00")))
                .isEqualByComparingTo("71.00");
        assertThat(percent.normalised())
                .isEqualTo(new MatchWeights(d("0.4000"), d("0.2500"), d("0.1500"), d("0.2000"), d("0.0000")));
    }

    @Test
    void shouldRoundHalfUpToTwoDecimals() {
        final MatchWeights thirds = new MatchWeights(d("1"), d("1"), d("1"), d("0"));
        // (10 + 10 + 10.01) / 3 = 10.00333…
        assertThat(thirds.overall(d("10.00"), d("10.00"), d("10.01"), d("99.00")))
                .isEqualByComparingTo("10.00");
        // (0 + 0 + 0.02)/ 3 … and a half case: (0.01 + 0 + 0) / 2 = 0.005 → 0.01
        final MatchWeights halves = new MatchWeights(d("1"), d("1"), d("0"), d("0"));
        assertThat(halves.overall(d("0.01"), d("0.00"), d("0.00"), d("0.00"))).isEqualByComparingTo("0.01");
    }

    @Test
    void shouldAllowZeroWeightForAComponent() {
        final MatchWeights skillOnly = new MatchWeights(d("1"), d("0"), d("0"), d("0"));
        assertThat(skillOnly.overall(d("42.42"), d("100.00"), d("100.00"), d("100.00")))
                .isEqualByComparingTo("42.42");
        assertThat(skillOnly.normalised().skill()).isEqualByComparingTo("1.0000");
    }

    @Test
    void shouldNormaliseSharesToFourDecimals() {
        final MatchWeights thirds = new MatchWeights(d("1"), d("1"), d("1"), d("0")).normalised();
        assertThat(thirds.skill()).isEqualByComparingTo("0.3333").hasScaleOf(4);
    }

    @Test
    void shouldRejectNegativeWeightNamingTheKey() {
        assertThatThrownBy(() -> new MatchWeights(d("0.4"), d("-0.1"), d("0.15"), d("0.2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("match.weights.experience must be >= 0, got -0.1");
    }

    @Test
    void shouldRejectAllZeroWeights() {
        assertThatThrownBy(() -> new MatchWeights(d("0"), d("0"), d("0.00"), d("0")))
                .hasMessage("match.weights.* must not all be 0");
    }

    @Test
    void shouldRejectMissingWeight() {
        assertThatThrownBy(() -> new MatchWeights(d("0.4"), d("0.25"), null, d("0.2")))
                .hasMessage("match.weights.culture must be set");
    }
}
