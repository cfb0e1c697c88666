package io.hirehub.topologies.match.scoring;

import io.hirehub.topologies.match.vectors.PreselectMode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Settings of matching, validated at start-up.
 *
 * @param topN            {@code match.top.n}: matches kept per job (default 100)
 * @param preselectFactor {@code match.preselect.factor}: the vector pre-selection keeps
 *                        {@code topN × factor} candidates for exact scoring (default 10: the embedding is only
 *                        part of the overall score, and with 4× the final top-100 recalled 0.81 of
 *                        exhaustive exact scoring, with 10× 0.984 — see bench RecallMain)
 * @param weights         overall-score weights
 * @param skill           skill-score tuning
 * @param recommendation  thresholds and hysteresis of recommendations
 * @param preselectMode   {@code match.preselect.mode}: int8 (default) or binary scan
 * @param binaryOversample {@code match.preselect.binary.oversample}: in binary mode the Hamming scan
 *                        keeps {@code candidates × oversample} vectors for the exact cosine re-rank
 *                        (default 10)
 * @param evidenceCosine  {@code match.evidence.min.cosine}: embedding cosine from which a pair counts as related
 *                        without a shared skill, so it is listed ({@link MatchResult#hasEvidence}); default 0.15
 */
public record MatchSettings(
        int topN,
        int preselectFactor,
        MatchWeights weights,
        SkillScoreSettings skill,
        RecommendationSettings recommendation,
        PreselectMode preselectMode,
        int binaryOversample,
        BigDecimal evidenceCosine) {

    /** Default of {@code match.evidence.min.cosine}. */
    public static final BigDecimal DEFAULT_EVIDENCE_COSINE = new BigDecimal("0.15");

    /** The documented defaults. */
    public static final MatchSettings DEFAULTS = new MatchSettings(
            100, 10, MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, RecommendationSettings.DEFAULTS);

    /** Settings with the default pre-selection (int8, oversample 10). */
    public MatchSettings(
            final int topN,
            final int preselectFactor,
            final MatchWeights weights,
            final SkillScoreSettings skill,
            final RecommendationSettings recommendation) {
        this(topN, preselectFactor, weights, skill, recommendation, PreselectMode.INT8, 10, DEFAULT_EVIDENCE_COSINE);
    }

    /** Settings with the default evidence cosine floor. */
    public MatchSettings(
            final int topN,
            final int preselectFactor,
            final MatchWeights weights,
            final SkillScoreSettings skill,
            final RecommendationSettings recommendation,
            final PreselectMode preselectMode,
            final int binaryOversample) {
        this(
                topN,
                preselectFactor,
                weights,
                skill,
                recommendation,
                preselectMode,
                binaryOversample,
                DEFAULT_EVIDENCE_COSINE);
    }

    /** Copy with another pre-selection mode. */
    public MatchSettings withPreselect(final PreselectMode mode, final int oversample) {
        return new MatchSettings(
                topN, preselectFactor, weights, skill, recommendation, mode, oversample, evidenceCosine);
    }

    /** Copy with another evidence cosine floor. */
    public MatchSettings withEvidenceCosine(final BigDecimal cosine) {
        return new MatchSettings(
                topN, preselectFactor, weights, skill, recommendation, preselectMode, binaryOversample, cosine);
    }

    /** Validates every field. */
    public MatchSettings {
        Settings.requirePositive("match.top.n", topN);
        Settings.requirePositive("match.preselect.factor", preselectFactor);
        Objects.requireNonNull(weights, "match.weights");
        Objects.requireNonNull(skill, "match.skill");
        Objects.requireNonNull(recommendation, "match.recommended");
        Objects.requireNonNull(preselectMode, "match.preselect.mode");
        Settings.requirePositive("match.preselect.binary.oversample", binaryOversample);
        Objects.requireNonNull(evidenceCosine, "match.evidence.min.cosine");
        if (evidenceCosine.signum() < 0 || evidenceCosine.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "match.evidence.min.cosine must be in 0..1, got " + evidenceCosine.toPlainString());
        }
    }

    /** Candidates the pre-selection keeps for {@code n} results (saturating). */
    public int candidates(final int n) {
        final long k = (long) n * preselectFactor;
        return (int) Math.min(Integer.MAX_VALUE, k);
    }
}
