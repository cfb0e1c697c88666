package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.scoring.MatchSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the matching topology, validated at start-up.
 *
 * @param match             scoring, top-N, pre-selection and recommendation thresholds
 * @param partitions        {@code match.partitions}: partitions of the resume-profile topic, so the job
 *                          broadcast topic is created with the same count (co-location)
 * @param jobsPerResume     {@code match.jobs.per.resume}: best jobs scored for a new or changed resume (default 50)
 * @param recommendedPerUser {@code match.recommended.per.user}: length of a user's recommended list (default 50)
 * @param dimensions        {@code match.dimensions}: embedding length (1536 for the local and Titan providers)
 * @param expiryCheck       {@code match.expiry.check}: wall-clock period of the expired-job sweep (default 1 min)
 * @param jobSettle         {@code match.job.settle}: a job's profile is built once its rows have been quiet this
 *                          long (default 100 ms), so a job and its skills, written in one transaction,
 *                          publish one profile instead of one per row
 */
public record MatchTopologySettings(
        MatchSettings match,
        int partitions,
        int jobsPerResume,
        int recommendedPerUser,
        int dimensions,
        Duration expiryCheck,
        Duration jobSettle) {

    /** Defaults for {@code partitions} partitions. */
    public static MatchTopologySettings defaults(final int partitions) {
        return new MatchTopologySettings(
                MatchSettings.DEFAULTS, partitions, 50, 50, 1536, Duration.ofMinutes(1), Duration.ofMillis(100));
    }

    /** Validates every field. */
    public MatchTopologySettings {
        Objects.requireNonNull(match, "match");
        positive("match.partitions", partitions);
        positive("match.jobs.per.resume", jobsPerResume);
        positive("match.recommended.per.user", recommendedPerUser);
        positive("match.dimensions", dimensions);
        Objects.requireNonNull(expiryCheck, "match.expiry.check");
        if (expiryCheck.isNegative() || expiryCheck.isZero()) {
            throw new IllegalArgumentException("match.expiry.check must be > 0, got " + expiryCheck);
        }
        Objects.requireNonNull(jobSettle, "match.job.settle");
        if (jobSettle.isNegative()) {
            throw new IllegalArgumentException("match.job.settle must be >= 0, got " + jobSettle);
        }
    }

    /** Copy with another embedding length (tests use short vectors). */
    public MatchTopologySettings withDimensions(final int dims) {
        return new MatchTopologySettings(
                match, partitions, jobsPerResume, recommendedPerUser, dims, expiryCheck, jobSettle);
    }

    /** Copy with other match settings. */
    public MatchTopologySettings withMatch(final MatchSettings newMatch) {
        return new MatchTopologySettings(
                newMatch, partitions, jobsPerResume, recommendedPerUser, dimensions, expiryCheck, jobSettle);
    }

    private static void positive(final String key, final int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
    }

    /** Copy with another settle time for job profiles. */
    public MatchTopologySettings withJobSettle(final Duration settle) {
        return new MatchTopologySettings(
                match, partitions, jobsPerResume, recommendedPerUser, dimensions, expiryCheck, settle);
    }
}
