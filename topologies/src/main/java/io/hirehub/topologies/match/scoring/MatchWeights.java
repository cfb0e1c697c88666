package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Weights of the four components in {@code overall_score}. Any non-negative values with a positive
 * sum are accepted and used as shares of their sum (0.4/0.25/0.15/0.2 and 40/25/15/20 are the same
 * weights). {@code overall = Σ score_i × weight_i / Σ weight_i}, rounded HALF_UP to 2 decimals.
 *
 * @param skill      keys {@code match.weights.skill} (default 0.40)
 * @param experience {@code match.weights.experience} (default 0.25)
 * @param culture    {@code match.weights.culture} (default 0.15)
 * @param semantic   {@code match.weights.semantic} (default 0.20)
 */
public record MatchWeights(BigDecimal skill, BigDecimal experience, BigDecimal culture, BigDecimal semantic) {

    /** The documented defaults. */
    public static final MatchWeights DEFAULTS = new MatchWeights(
            new BigDecimal("0.40"), new BigDecimal("0.25"), new BigDecimal("0.15"), new BigDecimal("0.20"));

    /** Rejects null, negative and all-zero weights with a message naming the key. */
    public MatchWeights {
        require("match.weights.skill", skill);
        require("match.weights.experience", experience);
        require("match.weights.culture", culture);
        require("match.weights.semantic", semantic);
        if (skill.add(experience).add(culture).add(semantic).signum() <= 0) {
            throw new IllegalArgumentException("match.weights.* must not all be 0");
        }
    }

    private static void require(final String key, final BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be set");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(key + " must be >= 0, got " + value.toPlainString());
        }
    }

    /** Sum of the raw weights (> 0). */
    public BigDecimal sum() {
        return skill.add(experience).add(culture).add(semantic);
    }

    /** Shares of the sum, scale 4 HALF_UP, for display in the breakdown. */
    public MatchWeights normalised() {
        final BigDecimal sum = sum();
        return new MatchWeights(share(skill, sum), share(experience, sum), share(culture, sum), share(semantic, sum));
    }

    private static BigDecimal share(final BigDecimal weight, final BigDecimal sum) {
        return weight.divide(sum, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    /** The weighted overall score of four 0–100 component scores, scale 2 HALF_UP. */
    public BigDecimal overall(
            final BigDecimal skillScore,
            final BigDecimal experienceScore,
            final BigDecimal cultureScore,
            final BigDecimal semanticScore) {
        final BigDecimal weighted = skillScore
                .multiply(skill)
                .add(experienceScore.multiply(experience))
                .add(cultureScore.multiply(culture))
                .add(semanticScore.multiply(semantic));
        return weighted.divide(sum(), 2, RoundingMode.HALF_UP);
    }
}
