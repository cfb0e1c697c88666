package io.hirehub.launcher.config;

import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.MatchWeights;
import io.hirehub.topologies.match.scoring.RecommendationSettings;
import io.hirehub.topologies.match.scoring.SkillScoreSettings;
import io.hirehub.topologies.match.topology.MatchTopologySettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the matching application: what it scores ({@code match.*} scoring keys, validated by
 * the topology's own records so a bad value names its key) and how it runs.
 *
 * @param topNPerJob        {@code match.top.n}
 * @param preselectFactor   {@code match.preselect.factor}
 * @param jobsPerResume     {@code match.jobs.per.resume}
 * @param recommendedPerUser {@code match.recommended.per.user}
 * @param recommendation    minimum score, threshold and margin
 * @param weights           overall-score weights
 * @param streamThreads     {@code match.stream.threads}
 * @param commitInterval    {@code match.commit.interval}
 * @param jobSettle         {@code match.job.settle}
 */
public record MatchingSettings(
        int topNPerJob,
        int preselectFactor,
        int jobsPerResume,
        int recommendedPerUser,
        RecommendationSettings recommendation,
        MatchWeights weights,
        int streamThreads,
        Duration commitInterval,
        Duration jobSettle) {

    public MatchingSettings {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(jobSettle, "jobSettle");
    }

    /** The documented defaults. */
    public static MatchingSettings defaults() {
        return new MatchingSettings(
                MatchSettings.DEFAULTS.topN(),
                MatchSettings.DEFAULTS.preselectFactor(),
                50,
                50,
                RecommendationSettings.DEFAULTS,
                MatchWeights.DEFAULTS,
                2,
                Duration.ofMillis(100),
                Duration.ofMillis(100));
    }

    /** The topology's settings for {@code partitions} partitions and embeddings of {@code dimensions}. */
    public MatchTopologySettings topology(final int partitions, final int dimensions) {
        final MatchSettings match =
                new MatchSettings(topNPerJob, preselectFactor, weights, SkillScoreSettings.DEFAULTS, recommendation);
        final MatchTopologySettings defaults = MatchTopologySettings.defaults(partitions);
        return new MatchTopologySettings(
                match, partitions, jobsPerResume, recommendedPerUser, dimensions, defaults.expiryCheck(), jobSettle);
    }

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
                    decimal(config, ConfigKeys.MATCH_WEIGHT_SEMANTIC));
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
                settle);
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
