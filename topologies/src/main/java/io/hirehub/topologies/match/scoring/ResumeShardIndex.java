package io.hirehub.topologies.match.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resume profiles of one stream task's shard, indexed for "top-N resumes for a job" (a
 * {@link PreparedIndex} of {@link PreparedResume}s, plus the resumes holding each skill and the shard's text term
 * statistics): a job's candidates are its vector pre-selection and the resumes holding one of its skills.
 *
 * <p>Cost of one changed job: one pass over the compact vectors (no pair state is touched) plus
 * exact scoring of the candidates only — never a recomputation of all pairs. Not thread-safe.
 */
public final class ResumeShardIndex {

    private final MatchScorer scorer;
    private final MatchSettings settings;
    private final PreparedIndex<PreparedResume> resumes;
    private final TermStatistics statistics = new TermStatistics();
    /** Canonical skill key → ids of the resumes holding it: candidates a job sees whatever their vectors. */
    private final Map<String, Set<String>> bySkill = new HashMap<>();

    public ResumeShardIndex(final MatchScorer scorer, final MatchSettings settings, final int dims) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resumes = new PreparedIndex<>(settings, dims);
    }

    /** Adds or replaces a resume (by resume_id); returns it prepared for scoring. */
    public PreparedResume put(final ResumeMatchProfile resume) {
        final PreparedResume prepared = scorer.prepare(resume);
        final PreparedResume old = resumes.get(prepared.id());
        if (old != null) {
            forget(old);
        }
        resumes.put(prepared);
        statistics.add(resume.terms());
        prepared.skillKeys()
                .forEach(key ->
                        bySkill.computeIfAbsent(key, k -> new HashSet<>()).add(prepared.id()));
        return prepared;
    }

    /** Replays a whole store (restore). */
    public void putAll(final Iterable<ResumeMatchProfile> profiles) {
        profiles.forEach(this::put);
    }

    /** Removes a resume; returns whether it was there. */
    public boolean remove(final String resumeId) {
        final PreparedResume old = resumes.get(resumeId);
        if (old != null) {
            forget(old);
        }
        return resumes.remove(resumeId);
    }

    private void forget(final PreparedResume old) {
        statistics.remove(old.profile().terms());
        for (final String key : old.skillKeys()) {
            final Set<String> holders = bySkill.get(key);
            if (holders != null && holders.remove(old.id()) && holders.isEmpty()) {
                bySkill.remove(key);
            }
        }
    }

    /**
     * Resumes holding one of the job's skills, required first, at most {@code limit}: a resume that shares a skill
     * with a job is a candidate even when its embedding is far from the job's (vector pre-selection alone could
     * leave a job of a field the embedder places poorly without candidates).
     */
    private List<String> holdersOfSkills(final PreparedJob job, final int limit) {
        final Set<String> ids = new LinkedHashSet<>();
        for (final List<PreparedJob.SkillRef> refs : List.of(job.required(), job.preferred())) {
            for (final PreparedJob.SkillRef ref : refs) {
                for (final String id : bySkill.getOrDefault(ref.key(), Set.of())) {
                    if (ids.size() >= limit) {
                        return List.copyOf(ids);
                    }
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    /** Term statistics of the resumes held (the text component's document frequencies and mean length). */
    public TermStatistics statistics() {
        return statistics;
    }

    public ResumeMatchProfile get(final String resumeId) {
        final PreparedResume prepared = resumes.get(resumeId);
        return prepared == null ? null : prepared.profile();
    }

    public int size() {
        return resumes.size();
    }

    /** The default top-N ({@code match.top.n}) for a job. */
    public List<MatchResult> topForJob(final JobMatchProfile job) {
        return topForJob(scorer.prepare(job), settings.topN());
    }

    /** The best {@code n} resumes for {@code job}, best first (ties by resume_id). */
    public List<MatchResult> topForJob(final JobMatchProfile job, final int n) {
        return topForJob(scorer.prepare(job), n);
    }

    /** The best {@code n} resumes for a prepared job, best first (ties by resume_id). */
    public List<MatchResult> topForJob(final PreparedJob job, final int n) {
        return resumes.top(
                job.embedding(),
                n,
                Ranking.BY_SCORE_THEN_RESUME,
                resume -> scorer.score(job, resume, statistics),
                holdersOfSkills(job, settings.candidates(n)));
    }

    /** Exact score of one pair held here, or {@code null} if the resume is unknown. */
    public MatchResult score(final PreparedJob job, final String resumeId) {
        final PreparedResume resume = resumes.get(resumeId);
        return resume == null ? null : scorer.score(job, resume, statistics);
    }

    /** Resume ids of the {@code k} best approximate-cosine candidates, best first. */
    public List<String> preselect(final float[] query, final int k) {
        return resumes.preselect(query, k);
    }
}
