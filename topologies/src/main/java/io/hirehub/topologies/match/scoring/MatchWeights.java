package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Weights of the five components in {@code overall_score}. Any non-negative values with a positive
 * sum are accepted and used as shares of their sum (0.4/0.25/0.15/0.2/0 and 40/25/15/20/0 are the same
 * weights). {@code overall = Σ score_i × weight_i / Σ weight_i}, rounded HALF_UP to 2 decimals.
 *
 * <p>The defaults were chosen on the graded ranking set ({@code MatchQualityReportTest}, NDCG@5 per language):
 * the embedding similarity (which carries every recognised skill as a shared feature across languages) and skill
 * coverage rank best, the text component adds what the job's own wording knows, and experience and culture are
 * kept small because they reorder candidates of the right field by level and wish more than they separate fields.
 *
 * @param skill      keys {@code match.weights.skill} (default 0.30)
 * @param experience {@code match.weights.experience} (default 0.05)
 * @param culture    {@code match.weights.culture} (default 0.05)
 * @param semantic   {@code match.weights.semantic} (default 0.40)
 * @param text       {@code match.weights.text} (default 0.20): BM25 relevance of the resume text to the job's
 *                   wording ({@link TextScorer})
 */
public record MatchWeights(
        BigDecimal skill, BigDecimal experience, BigDecimal culture, BigDecimal semantic, BigDecimal text) {

    /** The documented defaults. */
    public static final MatchWeights DEFAULTS = new MatchWeights(
            new BigDecimal("0.30"),
            new BigDecimal("0.05"),
            new BigDecimal("0.05"),
            new BigDecimal("0.40"),
            new BigDecimal("0.20"));

    /** Rejects null, negative and all-zero weights with a message naming the key. */
    public MatchWeights {
        require("match.weights.skill", skill);
        require("match.weights.experience", experience);
        require("match.weights.culture", culture);
        require("match.weights.semantic", semantic);
        require("match.weights.text", text);
        if (skill.add(experience).add(culture).add(semantic).add(text).signum() <= 0) {
            throw new IllegalArgumentException("match.weights.* must not all be 0");
        }
    }

    /** Weights without the text component (its weight 0). */
    public MatchWeights(
            final BigDecimal skill, final BigDecimal experience, final BigDecimal culture, final BigDecimal semantic) {
        this(skill, experience, culture, semantic, BigDecimal.ZERO);
    }

    private static void require(final String key, final BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be set");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(key + " must be >= 0, got " + value.toPlainString());
        }
    }

    /**
     * These weights with the text component's set to 0, for a pair the text component cannot compare; unchanged
     * when text is the only weighted component.
     */
    public MatchWeights withoutText() {
        if (text.signum() == 0
                || skill.add(experience).add(culture).add(semantic).signum() == 0) {
            return this;
        }
        return new MatchWeights(skill, experience, culture, semantic, BigDecimal.ZERO);
    }

    /** Sum of the raw weights (> 0). */
    public BigDecimal sum() {
        return skill.add(experience).add(culture).add(semantic).add(text);
    }

    /** Shares of the sum, scale 4 HALF_UP, for display in the breakdown. */
    public MatchWeights normalised() {
        final BigDecimal sum = sum();
        return new MatchWeights(
                share(skill, sum), share(experience, sum), share(culture, sum), share(semantic, sum), share(text, sum));
    }

    private static BigDecimal share(final BigDecimal weight, final BigDecimal sum) {
        return weight.divide(sum, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    /** The weighted overall score of four 0–100 component scores, the text component scoring 0. */
    public BigDecimal overall(
            final BigDecimal skillScore,
            final BigDecimal experienceScore,
            final BigDecimal cultureScore,
            final BigDecimal semanticScore) {
        return overall(skillScore, experienceScore, cultureScore, semanticScore, BigDecimal.ZERO);
    }

    /** The weighted overall score of the five 0–100 component scores, scale 2 HALF_UP. */
    public BigDecimal overall(
            final BigDecimal skillScore,
            final BigDecimal experienceScore,
            final BigDecimal cultureScore,
            final BigDecimal semanticScore,
            final BigDecimal textScore) {
        final BigDecimal weighted = skillScore
                .multiply(skill)
                .add(experienceScore.multiply(experience))
                .add(cultureScore.multiply(culture))
                .add(semanticScore.multiply(semantic))
                .add(textScore.multiply(text));
        return weighted.divide(sum(), 2, RoundingMode.HALF_UP);
    }
}
