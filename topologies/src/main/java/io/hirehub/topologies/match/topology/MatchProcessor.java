package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.JobIndex;
import io.hirehub.topologies.match.JobProfile;
import io.hirehub.topologies.match.MatchExplainer;
import io.hirehub.topologies.match.MatchResult;
import io.hirehub.topologies.match.MatchScorer;
import io.hirehub.topologies.match.RecommendationPolicy;
import io.hirehub.topologies.match.ResumeProfile;
import io.hirehub.topologies.match.ResumeShardIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The heart of matching, one instance per task: holds every open job (broadcast) and the task's
 * resume shard in changelogged stores, with in-memory vector indexes rebuilt from them on init.
 *
 * <p>A changed job is scored against the shard's pre-selected candidates plus the pairs it already
 * has here (re-scored, so a pair that fell is retracted); a changed resume likewise against the
 * pre-selected open jobs plus its existing pairs. Work is proportional to candidates and existing
 * pairs, never to all pairs. Updates whose scoring inputs did not change are dropped
 * ({@code sameScoringInputs}), which also makes duplicate inputs no-ops.
 *
 * <p>Events are emitted here, not through match_outbox: they are facts derived from the stores,
 * and exactly_once_v2 commits them atomically with the store changelogs and input offsets, so a
 * crash replays the input against the restored state and never emits a second
 * {@code match.recommended}. An outbox would add a DB round trip per pair for no extra guarantee.
 */
final class MatchProcessor implements Processor<String, MatchInput, String, MatchOutput> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final MatchTopologySettings settings;
    private final MatchScorer scorer;
    private final MatchExplainer explainer;
    private final RecommendationPolicy policy;
    private ProcessorContext<String, MatchOutput> context;
    private KeyValueStore<String, JobProfile> jobs;
    private KeyValueStore<String, ResumeProfile> resumes;
    private KeyValueStore<String, Values.PairState> pairs;
    private KeyValueStore<String, String> pairsByResume;
    private KeyValueStore<String, String> recommendedMemory;
    private JobIndex jobIndex;
    private ResumeShardIndex shardIndex;
    private int partition;

    MatchProcessor(final MatchTopologySettings settings, final MatchScorer scorer, final MatchExplainer explainer) {
        this.settings = settings;
        this.scorer = scorer;
        this.explainer = explainer;
        this.policy = new RecommendationPolicy(settings.match().recommendation());
    }

    @Override
    public void init(final ProcessorContext<String, MatchOutput> ctx) {
        this.context = ctx;
        this.partition = ctx.taskId().partition();
        jobs = ctx.getStateStore(MatchNames.JOB_PROFILES_STORE);
        resumes = ctx.getStateStore(MatchNames.RESUME_PROFILES_STORE);
        pairs = ctx.getStateStore(MatchNames.PAIRS_STORE);
        pairsByResume = ctx.getStateStore(MatchNames.PAIRS_BY_RESUME_STORE);
        recommendedMemory = ctx.getStateStore(MatchNames.RECOMMENDED_MEMORY_STORE);
        ctx.schedule(settings.expiryCheck(), PunctuationType.WALL_CLOCK_TIME, this::retractExpired);
    }

    /**
     * Indexes are derived state: rebuilt from the restored stores before the first record or sweep
     * of this task, never changelogged themselves.
     */
    private void ensureIndexes() {
        if (jobIndex != null) {
            return;
        }
        jobIndex = new JobIndex(scorer, settings.match(), settings.dimensions());
        shardIndex = new ResumeShardIndex(scorer, settings.match(), settings.dimensions());
        try (KeyValueIterator<String, JobProfile> it = jobs.all()) {
            it.forEachRemaining(kv -> jobIndex.put(kv.value));
        }
        try (KeyValueIterator<String, ResumeProfile> it = resumes.all()) {
            it.forEachRemaining(kv -> shardIndex.put(kv.value));
        }
    }

    @Override
    public void process(final Record<String, MatchInput> record) {
        ensureIndexes();
        final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (record.value().isJob()) {
            onJob(record.key(), record.value().job(), now);
        } else {
            onResume(record.key(), record.value().resume(), now);
        }
    }

    private void onJob(final String jobId, final JobProfile job, final Instant now) {
        final JobProfile old = jobs.get(jobId);
        if (job == null || !job.isMatchable(now)) {
            if (old != null) {
                jobs.delete(jobId);
                jobIndex.remove(jobId);
            }
            retractJob(jobId, now, old != null);
            return;
        }
        if (job.sameScoringInputs(old)) {
            return;
        }
        jobs.put(jobId, job);
        jobIndex.put(job);
        final Map<String, MatchResult> fresh = new LinkedHashMap<>();
        for (final MatchResult r : shardIndex.topForJob(job, settings.match().topN())) {
            fresh.put(r.resumeId(), r);
        }
        for (final KeyValue<String, Values.PairState> kv : pairsOf(jobId)) {
            final String resumeId = kv.key.substring(jobId.length() + 1);
            fresh.computeIfAbsent(resumeId, id -> shardIndex.score(job, id));
        }
        fresh.values().forEach(r -> apply(r, now));
        emitShardTop(jobId, now);
    }

    private void onResume(final String resumeId, final ResumeProfile resume, final Instant now) {
        final ResumeProfile old = resumes.get(resumeId);
        if (resume == null) {
            if (old != null) {
                resumes.delete(resumeId);
                shardIndex.remove(resumeId);
            }
            retractResume(resumeId, now, true);
            return;
        }
        if (resume.sameScoringInputs(old)) {
            return;
        }
        if (old != null && !old.userId().equals(resume.userId())) {
            retractResume(resumeId, now, true);
        }
        resumes.put(resumeId, resume);
        shardIndex.put(resume);
        final Map<String, MatchResult> fresh = new LinkedHashMap<>();
        for (final MatchResult r : jobIndex.topForResume(resume, now, settings.jobsPerResume())) {
            fresh.put(r.jobId(), r);
        }
        final Set<String> affected = new LinkedHashSet<>(fresh.keySet());
        for (final String jobId : jobsOf(resumeId)) {
            affected.add(jobId);
            final JobProfile job = jobIndex.get(jobId);
            if (job != null && job.isMatchable(now)) {
                fresh.computeIfAbsent(jobId, id -> scorer.score(job, resume));
            } else {
                retractPair(jobId, resumeId, now, false);
            }
        }
        fresh.values().forEach(r -> apply(r, now));
        affected.forEach(jobId -> emitShardTop(jobId, now));
    }

    /** Emits or retracts one freshly scored pair according to the policy. */
    private void apply(final MatchResult r, final Instant now) {
        if (r == null) {
            return;
        }
        final String key = MatchNames.pairKey(r.jobId(), r.resumeId());
        final String remembered = recommendedMemory.get(key);
        final RecommendationPolicy.Decision decision =
                policy.decide(r.overallScore(), remembered == null ? null : new BigDecimal(remembered));
        if (!decision.calculated()) {
            retractPair(r.jobId(), r.resumeId(), now, false);
            return;
        }
        final String scoresKey = MatchRecords.scoresKey(r);
        final Values.PairState before = pairs.get(key);
        if (before != null && before.scoresKey().equals(scoresKey) && !decision.recommend()) {
            return;
        }
        final boolean recommended = isRecommended(r.overallScore());
        pairs.put(key, new Values.PairState(r.userId(), r.overallScore(), scoresKey));
        pairsByResume.put(MatchNames.pairKey(r.resumeId(), r.jobId()), r.userId());
        final long ts = now.toEpochMilli();
        context.forward(new Record<>(
                key, new MatchOutput.Detail(MatchRecords.detail(r, explainer.explain(r), recommended, now)), ts));
        context.forward(new Record<>(key, new MatchOutput.Calculated(MatchRecords.calculated(r, now)), ts));
        if (decision.recommend()) {
            recommendedMemory.put(key, decision.lastRecommendedScore().toPlainString());
            context.forward(
                    new Record<>(r.userId(), new MatchOutput.Recommended(MatchRecords.recommended(r, now)), ts));
        }
        // The user's list holds recommended pairs only: most pairs never enter it, and skipping
        // their updates saves a repartition record and a store write per pair.
        if (recommended || (before != null && isRecommended(before.overall()))) {
            context.forward(new Record<>(
                    r.userId(),
                    new MatchOutput.User(
                            new Values.UserUpdate(r.userId(), r.jobId(), r.resumeId(), r.overallScore(), recommended)),
                    ts));
        }
    }

    private boolean isRecommended(final BigDecimal overall) {
        return overall.compareTo(settings.match().recommendation().threshold()) >= 0;
    }

    /** {@code known}: the job was open here, so the shard had reported it (perhaps with no matches). */
    private void retractJob(final String jobId, final Instant now, final boolean known) {
        final List<KeyValue<String, Values.PairState>> existing = pairsOf(jobId);
        if (existing.isEmpty() && !known) {
            return;
        }
        existing.forEach(kv -> retractPair(jobId, kv.key.substring(jobId.length() + 1), now, true));
        emitShardTop(jobId, now);
    }

    private void retractResume(final String resumeId, final Instant now, final boolean forget) {
        for (final String jobId : jobsOf(resumeId)) {
            retractPair(jobId, resumeId, now, forget);
            emitShardTop(jobId, now);
        }
    }

    /**
     * Tombstones a pair everywhere. {@code forget} also drops the recommendation memory (the job or
     * resume is gone for good); a pair that merely fell below the minimum keeps it (hysteresis).
     */
    private void retractPair(final String jobId, final String resumeId, final Instant now, final boolean forget) {
        final String key = MatchNames.pairKey(jobId, resumeId);
        if (forget) {
            recommendedMemory.delete(key);
        }
        final Values.PairState state = pairs.delete(key);
        if (state == null) {
            return;
        }
        pairsByResume.delete(MatchNames.pairKey(resumeId, jobId));
        final long ts = now.toEpochMilli();
        context.forward(new Record<>(key, new MatchOutput.Detail(null), ts));
        if (isRecommended(state.overall())) {
            context.forward(new Record<>(
                    state.userId(),
                    new MatchOutput.User(new Values.UserUpdate(state.userId(), jobId, resumeId, null, false)),
                    ts));
        }
    }

    private void emitShardTop(final String jobId, final Instant now) {
        final List<Values.RankedMatch> ranked = new ArrayList<>();
        for (final KeyValue<String, Values.PairState> kv : pairsOf(jobId)) {
            ranked.add(new Values.RankedMatch(
                    jobId, kv.key.substring(jobId.length() + 1), kv.value.userId(), kv.value.overall()));
        }
        ranked.sort(Values.RankedMatch.ORDER);
        final List<Values.RankedMatch> top =
                ranked.subList(0, Math.min(ranked.size(), settings.match().topN()));
        final boolean open = jobIndex.get(jobId) != null;
        context.forward(new Record<>(
                jobId, new MatchOutput.PartialTop(new Values.ShardTop(partition, top, open)), now.toEpochMilli()));
    }

    private void retractExpired(final long wallClockMs) {
        ensureIndexes();
        final Instant now = Instant.ofEpochMilli(wallClockMs);
        for (final String jobId : jobIndex.expired(now)) {
            jobs.delete(jobId);
            jobIndex.remove(jobId);
            retractJob(jobId, now, true);
        }
    }

    private List<KeyValue<String, Values.PairState>> pairsOf(final String jobId) {
        final List<KeyValue<String, Values.PairState>> out = new ArrayList<>();
        try (KeyValueIterator<String, Values.PairState> it = pairs.prefixScan(jobId + ":", KEYS)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private List<String> jobsOf(final String resumeId) {
        final List<String> out = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pairsByResume.prefixScan(resumeId + ":", KEYS)) {
            it.forEachRemaining(kv -> out.add(kv.key.substring(resumeId.length() + 1)));
        }
        return out;
    }
}
