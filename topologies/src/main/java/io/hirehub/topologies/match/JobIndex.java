package io.hirehub.topologies.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The open jobs held by every stream task (job profiles are broadcast), indexed for "best jobs for
 * a resume". Same two steps as {@link ResumeShardIndex}: approximate-cosine pre-selection over the
 * compact job vectors, then exact scoring of the candidates that are matchable at {@code now}.
 *
 * <p>Only open jobs are kept: putting a job that is not open removes it. Expiry depends on the
 * clock, so it is checked at query time and {@link #expired(Instant)} lists jobs to retract. The
 * index is rebuilt on restore by {@link #put}-ing the stored job profiles. Not thread-safe.
 */
public final class JobIndex {

    private final MatchScorer scorer;
    private final MatchSettings settings;
    private final Preselection vectors;
    private final Map<String, PreparedJob> jobs = new HashMap<>();
    private final Map<String, PreparedJob> withoutEmbedding = new LinkedHashMap<>();

    public JobIndex(final MatchScorer scorer, final MatchSettings settings, final int dims) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vectors = new Preselection(settings.preselectMode(), settings.binaryOversample(), dims);
    }

    /** Adds or replaces a job; a job whose status is not open is removed instead. */
    public void put(final JobProfile job) {
        if (job.status() != JobStatus.OPEN) {
            remove(job.jobId());
            return;
        }
        final PreparedJob prepared = scorer.prepare(job);
        jobs.put(job.jobId(), prepared);
        if (job.embedding() == null) {
            vectors.remove(job.jobId());
            withoutEmbedding.put(job.jobId(), prepared);
        } else {
            withoutEmbedding.remove(job.jobId());
            vectors.put(job.jobId(), job.embedding());
        }
    }

    /** Replays a whole store (restore). */
    public void putAll(final Iterable<JobProfile> profiles) {
        profiles.forEach(this::put);
    }

    /** Removes a job; returns whether it was there. */
    public boolean remove(final String jobId) {
        withoutEmbedding.remove(jobId);
        vectors.remove(jobId);
        return jobs.remove(jobId) != null;
    }

    public JobProfile get(final String jobId) {
        final PreparedJob prepared = jobs.get(jobId);
        return prepared == null ? null : prepared.profile();
    }

    public int size() {
        return jobs.size();
    }

    /** Ids of held jobs that are no longer matchable at {@code now} (expired). */
    public List<String> expired(final Instant now) {
        final List<String> ids = new ArrayList<>();
        jobs.forEach((id, job) -> {
            if (!job.profile().isMatchable(now)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The best {@code n} matchable jobs for {@code resume} at {@code now}, best first (ties by job_id). */
    public List<MatchResult> topForResume(final ResumeProfile resume, final Instant now, final int n) {
        Settings.requirePositive("n", n);
        Objects.requireNonNull(now, "now");
        final PreparedResume prepared = scorer.prepare(resume);
        final Ranking ranking = new Ranking(n, Ranking.BY_SCORE_THEN_JOB);
        if (resume.embedding() == null) {
            jobs.values().forEach(job -> offer(ranking, job, prepared, now));
            return ranking.best();
        }
        for (final String jobId : vectors.candidates(
                resume.embedding(),
                settings.candidates(n),
                id -> jobs.get(id).profile().embedding())) {
            offer(ranking, jobs.get(jobId), prepared, now);
        }
        withoutEmbedding.values().forEach(job -> offer(ranking, job, prepared, now));
        return ranking.best();
    }

    private void offer(final Ranking ranking, final PreparedJob job, final PreparedResume resume, final Instant now) {
        if (job.profile().isMatchable(now)) {
            ranking.offer(scorer.score(job, resume));
        }
    }
}
