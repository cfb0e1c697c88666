package io.hirehub.topologies.match;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resume profiles of one stream task's shard, indexed for "top-N resumes for a job".
 *
 * <p>A query pre-selects {@code n × preselectFactor} candidates by approximate cosine (a brute-force
 * scan of the shard's compact vectors, {@link PreselectMode int8 or binary}, no per-pair objects),
 * then scores each candidate exactly with {@link MatchScorer} and keeps the best {@code n} by
 * overall score. Resumes without an embedding cannot be pre-selected and are always scored
 * (there are few: the pipeline embeds every processed resume). A job without an embedding is
 * scored against the whole shard.
 *
 * <p>State: the index is derived from the resume profiles alone. A processor keeps the profiles
 * in a changelogged key-value store and rebuilds the index on restore by {@link #put}-ing every
 * stored profile; {@link #put}/{@link #remove} follow the changelog afterwards. Not thread-safe.
 *
 * <p>Cost of one changed job: one pass over the compact vectors (no pair state is touched) plus
 * exact scoring of the candidates only — never a recomputation of all pairs.
 */
public final class ResumeShardIndex {

    private final MatchScorer scorer;
    private final MatchSettings settings;
    private final Preselection vectors;
    private final Map<String, PreparedResume> resumes = new HashMap<>();
    private final Map<String, PreparedResume> withoutEmbedding = new LinkedHashMap<>();

    public ResumeShardIndex(final MatchScorer scorer, final MatchSettings settings, final int dims) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vectors = new Preselection(settings.preselectMode(), settings.binaryOversample(), dims);
    }

    /** Adds or replaces a resume (by resume_id). */
    public void put(final ResumeProfile resume) {
        final PreparedResume prepared = scorer.prepare(resume);
        resumes.put(resume.resumeId(), prepared);
        if (resume.embedding() == null) {
            vectors.remove(resume.resumeId());
            withoutEmbedding.put(resume.resumeId(), prepared);
        } else {
            withoutEmbedding.remove(resume.resumeId());
            vectors.put(resume.resumeId(), resume.embedding());
        }
    }

    /** Replays a whole store (restore). */
    public void putAll(final Iterable<ResumeProfile> profiles) {
        profiles.forEach(this::put);
    }

    /** Removes a resume; returns whether it was there. */
    public boolean remove(final String resumeId) {
        withoutEmbedding.remove(resumeId);
        vectors.remove(resumeId);
        return resumes.remove(resumeId) != null;
    }

    public ResumeProfile get(final String resumeId) {
        final PreparedResume prepared = resumes.get(resumeId);
        return prepared == null ? null : prepared.profile();
    }

    public int size() {
        return resumes.size();
    }

    /** The default top-N ({@code match.top.n}) for a job. */
    public List<MatchResult> topForJob(final JobProfile job) {
        return topForJob(job, settings.topN());
    }

    /** The best {@code n} resumes for {@code job}, best first (ties by resume_id). */
    public List<MatchResult> topForJob(final JobProfile job, final int n) {
        Settings.requirePositive("n", n);
        final PreparedJob prepared = scorer.prepare(job);
        final Ranking ranking = new Ranking(n, Ranking.BY_SCORE_THEN_RESUME);
        if (job.embedding() == null) {
            resumes.values().forEach(resume -> ranking.offer(scorer.score(prepared, resume)));
            return ranking.best();
        }
        for (final String resumeId : preselect(job.embedding(), settings.candidates(n))) {
            ranking.offer(scorer.score(prepared, resumes.get(resumeId)));
        }
        withoutEmbedding.values().forEach(resume -> ranking.offer(scorer.score(prepared, resume)));
        return ranking.best();
    }

    /** Exact score of one pair held here, or {@code null} if the resume is unknown. */
    public MatchResult score(final JobProfile job, final String resumeId) {
        final PreparedResume resume = resumes.get(resumeId);
        return resume == null ? null : scorer.score(scorer.prepare(job), resume);
    }

    /** Resume ids of the {@code k} best approximate-cosine candidates, best first. */
    public List<String> preselect(final float[] query, final int k) {
        return vectors.candidates(query, k, id -> resumes.get(id).profile().embedding());
    }
}
