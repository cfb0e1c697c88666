package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.match.vectors.PreselectMode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommendationPolicyTest {

    // Round thresholds the cases below are written for (the defaults are calibrated elsewhere).
    private final RecommendationPolicy policy = new RecommendationPolicy(
            new RecommendationSettings(new BigDecimal("50.00"), new BigDecimal("70.00"), new BigDecimal("5.00")));

    private static BigDecimal d(final String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "overall {0}, last recommended {1} → calculated {2}, recommend {3}")
    @CsvSource({
        "49.99, , false, false",
        "50.00, , true, false",
        "69.99, , true, false",
        "70.00, , true, true",
        "95.00, , true, true",
        "74.99, 70.00, true, false",
        "75.00, 70.00, true, true",
        "70.00, 70.00, true, false",
        "60.00, 80.00, true, false",
        "84.99, 80.00, true, false",
        "85.00, 80.00, true, true"
    })
    void shouldDecideFromThresholdsAndHysteresis(
            final String overall, final String last, final boolean calculated, final boolean recommend) {
        final RecommendationPolicy.Decision decision = policy.decide(d(overall), d(last));
        assertThat(decision.calculated()).isEqualTo(calculated);
        assertThat(decision.recommend()).isEqualTo(recommend);
    }

    @Test
    void shouldRememberTheRecommendedScoreAndKeepItWhenNotRecommending() {
        assertThat(policy.decide(d("72.00"), null).lastRecommendedScore()).isEqualByComparingTo("72.00");
        assertThat(policy.decide(d("60.00"), d("72.00")).lastRecommendedScore()).isEqualByComparingTo("72.00");
        assertThat(policy.decide(d("60.00"), null).lastRecommendedScore()).isNull();
    }

    @Test
    void shouldRecommendOncePerPairAcrossAWobblingScoreSequence() {
        BigDecimal last = null;
        int recommendations = 0;
        for (final String score :
                new String[] {"69.00", "71.00", "69.50", "71.00", "71.00", "73.00", "60.00", "75.99"}) {
            final RecommendationPolicy.Decision decision = policy.decide(d(score), last);
            if (decision.recommend()) {
                recommendations++;
            }
            last = decision.lastRecommendedScore();
        }
        assertThat(recommendations).isEqualTo(1);
        assertThat(last).isEqualByComparingTo("71.00");
        assertThat(policy.decide(d("76.00"), last).recommend()).isTrue();
    }

    @Test
    void shouldScaleSettingsToTwoDecimals() {
        final RecommendationSettings settings = new RecommendationSettings(d("40"), d("80.5"), d("2.125"));
        assertThat(settings.minScore()).isEqualTo(d("40.00"));
        assertThat(settings.threshold()).isEqualTo(d("80.50"));
        assertThat(settings.margin()).isEqualTo(d("2.13"));
    }

    @Test
    void shouldRejectInvalidSettingsNamingTheKey() {
        assertThatThrownBy(() -> new RecommendationSettings(d("-1"), d("70"), d("5")))
                .hasMessage("match.calculated.min.score must be in [0, 100], got -1");
        assertThatThrownBy(() -> new RecommendationSettings(d("50"), d("100.01"), d("5")))
                .hasMessage("match.recommended.threshold must be in [0, 100], got 100.01");
        assertThatThrownBy(() -> new RecommendationSettings(d("50"), d("70"), d("0")))
                .hasMessage("match.recommended.margin must be > 0, got 0.00");
        assertThatThrownBy(() -> new RecommendationSettings(d("80"), d("70"), d("5")))
                .hasMessage("match.recommended.threshold (70.00) must be >= match.calculated.min.score (80.00)");
        assertThatThrownBy(() -> new RecommendationSettings(null, d("70"), d("5")))
                .hasMessage("match.calculated.min.score must be set");
    }

    @Test
    void shouldValidateMatchSettings() {
        assertThat(MatchSettings.DEFAULTS.topN()).isEqualTo(100);
        assertThat(MatchSettings.DEFAULTS.candidates(100)).isEqualTo(1000);
        assertThatThrownBy(() -> new MatchSettings(
                        0, 4, MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, RecommendationSettings.DEFAULTS))
                .hasMessage("match.top.n must be > 0, got 0");
        assertThatThrownBy(() -> new MatchSettings(
                        100, -2, MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, RecommendationSettings.DEFAULTS))
                .hasMessage("match.preselect.factor must be > 0, got -2");
        assertThatThrownBy(() -> MatchSettings.DEFAULTS.withPreselect(PreselectMode.BINARY, 0))
                .hasMessage("match.preselect.binary.oversample must be > 0, got 0");
        assertThat(new MatchSettings(
                                Integer.MAX_VALUE,
                                4,
                                MatchWeights.DEFAULTS,
                                SkillScoreSettings.DEFAULTS,
                                RecommendationSettings.DEFAULTS)
                        .candidates(Integer.MAX_VALUE))
                .isEqualTo(Integer.MAX_VALUE);
    }
}
