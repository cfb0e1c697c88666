package io.hirehub.topologies.match;

import java.util.Objects;

/**
 * Settings of matching, validated at start-up.
 *
 * @param topN            {@code match.top-n}: matches kept per job (default 100)
 * @param preselectFactor {@code match.preselect-factor}: the vector pre-selection keeps
 *                        {@code topN × factor} candidates for exact scoring (default 4)
 * @param weights         overall-score weights
 * @param skill           skill-score tuning
 * @param recommendation  thresholds and hysteresis of recommendations
 */
public record MatchSettings(int topN, int preselectFactor, MatchWeights weights, SkillScoreSettings skill,
                            RecommendationSettings recommendation) {

    /** The documented defaults. */
    public static final MatchSettings DEFAULTS = new MatchSettings(100, 4, MatchWeights.DEFAULTS,
            SkillScoreSettings.DEFAULTS, RecommendationSettings.DEFAULTS);

    /** Validates every field. */
    public MatchSettings {
        Settings.requirePositive("match.top-n", topN);
        Settings.requirePositive("match.preselect-factor", preselectFactor);
        Objects.requireNonNull(weights, "match.weights");
        Objects.requireNonNull(skill, "match.skill");
        Objects.requireNonNull(recommendation, "match.recommended");
    }

    /** Candidates the pre-selection keeps for {@code n} results (saturating). */
    public int candidates(final int n) {
        final long k = (long) n * preselectFactor;
        return (int) Math.min(Integer.MAX_VALUE, k);
    }
}
