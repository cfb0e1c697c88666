package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The open jobs held by every stream task (job profiles are broadcast), indexed for "best jobs for
 * a resume" (a {@link PreparedIndex} of {@link PreparedJob}s); only candidates matchable at
 * {@code now} are scored.
 *
 * <p>Only open jobs are kept: putting a job that is not open removes it. Expiry depends on the
 * clock, so it is checked at query time and {@link #expired(Instant)} lists jobs to retract. Not
 * thread-safe.
 */
public final class JobIndex {

    private final MatchScorer scorer;
    private final PreparedIndex<PreparedJob> jobs;

    public JobIndex(final MatchScorer scorer, final MatchSettings settings, final int dims) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.jobs = new PreparedIndex<>(Objects.requireNonNull(settings, "settings"), dims);
    }

    /**
     * Adds or replaces a job and returns it prepared for scoring; a job whose status is not open is
     * removed instead (and still returned prepared).
     */
    public PreparedJob put(final JobMatchProfile job) {
        final PreparedJob prepared = scorer.prepare(job);
        if (job.status() != JobStatus.OPEN) {
            remove(job.jobId());
        } else {
            jobs.put(prepared);
        }
        return prepared;
    }

    /** Replays a whole store (restore). */
    public void putAll(final Iterable<JobMatchProfile> profiles) {
        profiles.forEach(this::put);
    }

    /** Removes a job; returns whether it was there. */
    public boolean remove(final String jobId) {
        return jobs.remove(jobId);
    }

    public JobMatchProfile get(final String jobId) {
        final PreparedJob prepared = jobs.get(jobId);
        return prepared == null ? null : prepared.profile();
    }

    /** The held job prepared for scoring, or {@code null}. */
    public PreparedJob prepared(final String jobId) {
        return jobs.get(jobId);
    }

    public int size() {
        return jobs.size();
    }

    /** Ids of held jobs that are no longer matchable at {@code now} (expired). */
    public List<String> expired(final Instant now) {
        final List<String> ids = new ArrayList<>();
        for (final PreparedJob job : jobs.all()) {
            if (!job.profile().isMatchable(now)) {
                ids.add(job.id());
            }
        }
        return ids;
    }

    /** The best {@code n} matchable jobs for {@code resume} at {@code now}, best first (ties by job_id). */
    public List<MatchResult> topForResume(final ResumeMatchProfile resume, final Instant now, final int n) {
        return topForResume(scorer.prepare(resume), now, n, TermStatistics.NONE);
    }

    /**
     * The best {@code n} matchable jobs for a prepared resume at {@code now}, best first (ties by job_id);
     * {@code statistics} are those of the resume's shard.
     */
    public List<MatchResult> topForResume(
            final PreparedResume resume, final Instant now, final int n, final TermStatistics statistics) {
        Objects.requireNonNull(now, "now");
        return jobs.top(
                resume.embedding(),
                n,
                Ranking.BY_SCORE_THEN_JOB,
                job -> job.profile().isMatchable(now) ? scorer.score(job, resume, statistics) : null);
    }
}
