package io.hirehub.topologies.match;

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
 * @param evidenceCosine    {@code match.evidence.min.cosine}
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
        Duration jobSettle,
        BigDecimal evidenceCosine) {

    public MatchingSettings {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(jobSettle, "jobSettle");
        Objects.requireNonNull(evidenceCosine, "evidenceCosine");
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
                Duration.ofMillis(100),
                MatchSettings.DEFAULT_EVIDENCE_COSINE);
    }

    /** The topology's settings for {@code partitions} partitions and embeddings of {@code dimensions}. */
    public MatchTopologySettings topology(final int partitions, final int dimensions) {
        final MatchSettings match = new MatchSettings(
                        topNPerJob, preselectFactor, weights, SkillScoreSettings.DEFAULTS, recommendation)
                .withEvidenceCosine(evidenceCosine);
        final MatchTopologySettings defaults = MatchTopologySettings.defaults(partitions);
        return new MatchTopologySettings(
                match, partitions, jobsPerResume, recommendedPerUser, dimensions, defaults.expiryCheck(), jobSettle);
    }
}
