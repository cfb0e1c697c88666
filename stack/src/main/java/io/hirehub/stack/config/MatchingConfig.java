package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.match.MatchingSettings;
import io.hirehub.topologies.match.scoring.MatchWeights;
import io.hirehub.topologies.match.scoring.RecommendationSettings;
import java.math.BigDecimal;
import java.time.Duration;

/** The {@code match.*} keys of the one configuration as the matching application's {@link MatchingSettings}. */
final class MatchingConfig {

    private MatchingConfig() {}

    static MatchingSettings from(final ResolvedConfig config) {
        final RecommendationSettings recommendation;
        try {
            recommendation = new RecommendationSettings(
                    score(config, ConfigKeys.MATCH_MIN_SCORE),
                    score(config, ConfigKeys.MATCH_THRESHOLD),
                    score(config, ConfigKeys.MATCH_MARGIN));
        } catch (IllegalArgumentException e) {
            throw config.invalid(
                    ConfigKeys.MATCH_THRESHOLD,
                    "scores in 0..100 with threshold >= min.score and " + "margin > 0 (" + e.getMessage() + ")");
        }
        final MatchWeights weights;
        try {
            weights = new MatchWeights(
                    decimal(config, ConfigKeys.MATCH_WEIGHT_SKILL),
                    decimal(config, ConfigKeys.MATCH_WEIGHT_EXPERIENCE),
                    decimal(config, ConfigKeys.MATCH_WEIGHT_CULTURE),
                    decimal(config, ConfigKeys.MATCH_WEIGHT_SEMANTIC),
                    decimal(config, ConfigKeys.MATCH_WEIGHT_TEXT));
        } catch (IllegalArgumentException e) {
            throw config.invalid(
                    ConfigKeys.MATCH_WEIGHT_SKILL, "non-negative weights, not all 0 (" + e.getMessage() + ")");
        }
        final Duration commit = config.duration(ConfigKeys.MATCH_COMMIT_INTERVAL);
        if (commit.isNegative() || commit.isZero()) {
            throw config.invalid(ConfigKeys.MATCH_COMMIT_INTERVAL, "a positive duration");
        }
        final Duration settle = config.duration(ConfigKeys.MATCH_JOB_SETTLE);
        if (settle.isNegative()) {
            throw config.invalid(ConfigKeys.MATCH_JOB_SETTLE, "a duration >= 0");
        }
        return new MatchingSettings(
                config.integer(ConfigKeys.MATCH_TOP_N, 1, 10_000),
                config.integer(ConfigKeys.MATCH_PRESELECT_FACTOR, 1, 1_000),
                config.integer(ConfigKeys.MATCH_JOBS_PER_RESUME, 1, 10_000),
                config.integer(ConfigKeys.MATCH_RECOMMENDED_PER_USER, 1, 10_000),
                recommendation,
                weights,
                config.integer(ConfigKeys.MATCH_STREAM_THREADS, 1, 64),
                commit,
                settle,
                evidenceCosine(config));
    }

    private static BigDecimal evidenceCosine(final ResolvedConfig config) {
        final BigDecimal value = decimal(config, ConfigKeys.MATCH_EVIDENCE_MIN_COSINE);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw config.invalid(ConfigKeys.MATCH_EVIDENCE_MIN_COSINE, "a cosine in 0..1");
        }
        return value;
    }

    private static BigDecimal score(final ResolvedConfig config, final ConfigKey key) {
        final BigDecimal value = decimal(config, key);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw config.invalid(key, "a score in 0..100");
        }
        return value;
    }

    private static BigDecimal decimal(final ResolvedConfig config, final ConfigKey key) {
        try {
            return new BigDecimal(config.string(key).trim());
        } catch (NumberFormatException e) {
            throw config.invalid(key, "a decimal number");
        }
    }
}
