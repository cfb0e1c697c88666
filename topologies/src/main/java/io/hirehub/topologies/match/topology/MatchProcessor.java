package io.hirehub.topologies.match.topology;

import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.scoring.JobIndex;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.PreparedJob;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.RecommendationPolicy;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeShardIndex;
import io.hirehub.topologies.streams.SourcePositions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * pairs, never to all pairs. The changed side is prepared for scoring once ({@code PreparedJob},
 * {@code PreparedResume}) and scored against every candidate and existing pair with it. Updates
 * whose scoring inputs did not change are dropped ({@code sameScoringInputs}), which also makes
 * duplicate inputs no-ops.
 *
 * <p>Every scored pair with evidence ({@link MatchResult#hasEvidence}: a shared skill or embeddings at least
 * {@code match.evidence.min.cosine} alike) is
 * kept and shown (pair details → {@code matches}, shard tops), so a job's list holds its best related candidates
 * even when none reaches {@code match.calculated.min.score}; that minimum and the recommendation threshold gate
 * only {@code match.calculated} and {@code match.recommended}.
 *
 * <p>Events are emitted here, not through match_outbox: they are facts derived from the stores,
 * and exactly_once_v2 commits them atomically with the store changelogs and input offsets, so a
 * crash replays the input against the restored state and never emits a second
 * {@code match.recommended}. An outbox would add a DB round trip per pair for no extra guarantee.
 */
final class MatchProcessor implements Processor<String, MatchInput, String, MatchOutput> {

    private static final StringSerializer KEYS = new StringSerializer();

    /** Whether this task held the job before the change: a held job had its shard top reported. */
    private enum JobPresence {
        /** The job was open here, so this shard had reported it (perhaps with no matches). */
        HELD,
        /** The job was not open here: only pairs it still has need withdrawing. */
        NOT_HELD
    }

    /** What retracting a pair does to the score it was last recommended at. */
    private enum RecommendationMemory {
        /** The job or resume is gone for good: forget it. */
        FORGET,
        /** The pair merely fell below the minimum: keep it, so a small rise does not re-recommend (hysteresis). */
        KEEP
    }

    private final MatchTopologySettings settings;
    private final MatchScorer scorer;
    private final MatchExplainer explainer;
    private final RecommendationPolicy policy;
    private ProcessorContext<String, MatchOutput> context;
    private KeyValueStore<String, JobMatchProfile> jobs;
    private KeyValueStore<String, ResumeMatchProfile> resumes;
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
        try (KeyValueIterator<String, JobMatchProfile> it = jobs.all()) {
            it.forEachRemaining(kv -> jobIndex.put(kv.value));
        }
        try (KeyValueIterator<String, ResumeMatchProfile> it = resumes.all()) {
            it.forEachRemaining(kv -> shardIndex.put(kv.value));
        }
    }

    @Override
    public void process(final Record<String, MatchInput> record) {
        ensureIndexes();
        final Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (record.value() instanceof MatchInput.JobChange change) {
            onJob(
                    record.key(),
                    change.profile(),
                    now,
                    SourcePositions.read(record.headers(), SourcePositions.POSITION));
        } else if (record.value() instanceof MatchInput.ResumeChange change) {
            onResume(record.key(), change.profile(), now);
        }
    }

    /** Applies a job's profile; {@code position} is the highest source LSN it reflects, passed on in the shard top. */
    private void onJob(final String jobId, final JobMatchProfile job, final Instant now, final long position) {
        final JobMatchProfile old = jobs.get(jobId);
        if (job == null || !job.isMatchable(now)) {
            if (old != null) {
                jobs.delete(jobId);
                jobIndex.remove(jobId);
            }
            retractJob(jobId, now, old != null ? JobPresence.HELD : JobPresence.NOT_HELD, position);
            return;
        }
        if (job.sameScoringInputs(old)) {
            return;
        }
        jobs.put(jobId, job);
        final PreparedJob prepared = jobIndex.put(job);
        final Map<String, MatchResult> fresh = new LinkedHashMap<>();
        for (final MatchResult r :
                shardIndex.topForJob(prepared, settings.match().topN())) {
            fresh.put(r.resumeId(), r);
        }
        for (final PairKey pair : pairsOf(jobId)) {
            fresh.computeIfAbsent(pair.resumeId(), id -> shardIndex.score(prepared, id));
        }
        fresh.values().forEach(r -> apply(r, now));
        emitShardTop(jobId, now, position);
    }

    private void onResume(final String resumeId, final ResumeMatchProfile resume, final Instant now) {
        final ResumeMatchProfile old = resumes.get(resumeId);
        if (resume == null) {
            if (old != null) {
                resumes.delete(resumeId);
                shardIndex.remove(resumeId);
            }
            retractResume(resumeId, now);
            return;
        }
        if (resume.sameScoringInputs(old)) {
            return;
        }
        if (old != null && !old.userId().equals(resume.userId())) {
            retractResume(resumeId, now);
        }
        resumes.put(resumeId, resume);
        final PreparedResume prepared = shardIndex.put(resume);
        final Map<String, MatchResult> fresh = new LinkedHashMap<>();
        for (final MatchResult r :
                jobIndex.topForResume(prepared, now, settings.jobsPerResume(), shardIndex.statistics())) {
            fresh.put(r.jobId(), r);
        }
        final Set<String> affected = new LinkedHashSet<>(fresh.keySet());
        for (final String jobId : jobsOf(resumeId)) {
            affected.add(jobId);
            final PreparedJob job = jobIndex.prepared(jobId);
            if (job != null && job.profile().isMatchable(now)) {
                fresh.computeIfAbsent(jobId, id -> scorer.score(job, prepared, shardIndex.statistics()));
            } else {
                retractPair(new PairKey(jobId, resumeId), now, RecommendationMemory.KEEP);
            }
        }
        fresh.values().forEach(r -> apply(r, now));
        affected.forEach(jobId -> emitShardTop(jobId, now, SourcePositions.UNKNOWN));
    }

    /** Emits or retracts one freshly scored pair according to the policy. */
    private void apply(final MatchResult r, final Instant now) {
        if (r == null) {
            return;
        }
        final PairKey pair = r.pair();
        final String key = pair.format();
        final String remembered = recommendedMemory.get(key);
        final RecommendationPolicy.Decision decision =
                policy.decide(r.overallScore(), remembered == null ? null : new BigDecimal(remembered));
        // A pair with evidence stays in the job's list (a matches row, the shard top) whatever its score, so no
        // job with related resumes is blank; the thresholds decide only the events below.
        if (!r.hasEvidence(settings.match().evidenceCosine())) {
            retractPair(pair, now, RecommendationMemory.KEEP);
            return;
        }
        final String scoresKey = MatchRecords.scoresKey(r);
        final Values.PairState before = pairs.get(key);
        if (before != null && before.scoresKey().equals(scoresKey) && !decision.recommend()) {
            return;
        }
        final boolean recommended = isRecommended(r.overallScore());
        pairs.put(key, new Values.PairState(r.userId(), r.overallScore(), scoresKey));
        pairsByResume.put(pair.formatByResume(), r.userId());
        final long ts = now.toEpochMilli();
        context.forward(new Record<>(
                key, new MatchOutput.Detail(MatchRecords.detail(r, explainer.explain(r), recommended, now)), ts));
        if (decision.calculated()) {
            context.forward(new Record<>(key, new MatchOutput.Calculated(MatchRecords.calculated(r, now)), ts));
        }
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
                    new MatchOutput.UserChange(
                            new Values.UserUpdate(r.userId(), r.jobId(), r.resumeId(), r.overallScore(), recommended)),
                    ts));
        }
    }

    private boolean isRecommended(final BigDecimal overall) {
        return overall.compareTo(settings.match().recommendation().threshold()) >= 0;
    }

    /** Withdraws a job from this shard: its pairs, and its shard top if it had one. */
    private void retractJob(final String jobId, final Instant now, final JobPresence presence, final long position) {
        final List<PairKey> existing = pairsOf(jobId);
        if (existing.isEmpty() && presence == JobPresence.NOT_HELD) {
            return;
        }
        existing.forEach(pair -> retractPair(pair, now, RecommendationMemory.FORGET));
        emitShardTop(jobId, now, position);
    }

    /** Withdraws every pair of a resume that is gone (or changed owner). */
    private void retractResume(final String resumeId, final Instant now) {
        for (final String jobId : jobsOf(resumeId)) {
            retractPair(new PairKey(jobId, resumeId), now, RecommendationMemory.FORGET);
            emitShardTop(jobId, now, SourcePositions.UNKNOWN);
        }
    }

    /** Tombstones a pair everywhere. */
    private void retractPair(final PairKey pair, final Instant now, final RecommendationMemory memory) {
        final String key = pair.format();
        if (memory == RecommendationMemory.FORGET) {
            recommendedMemory.delete(key);
        }
        final Values.PairState state = pairs.delete(key);
        if (state == null) {
            return;
        }
        pairsByResume.delete(pair.formatByResume());
        final long ts = now.toEpochMilli();
        context.forward(new Record<>(key, new MatchOutput.Detail(null), ts));
        if (isRecommended(state.overall())) {
            context.forward(new Record<>(
                    state.userId(),
                    new MatchOutput.UserChange(
                            new Values.UserUpdate(state.userId(), pair.jobId(), pair.resumeId(), null, false)),
                    ts));
        }
    }

    /**
     * Emits this shard's top for a job; {@code position} is the source LSN of the job version just
     * applied, or {@link SourcePositions#UNKNOWN} when a resume change caused it (the merger keeps the shard's last).
     */
    private void emitShardTop(final String jobId, final Instant now, final long position) {
        final List<Values.RankedMatch> ranked = new ArrayList<>();
        try (KeyValueIterator<String, Values.PairState> it = pairs.prefixScan(PairKey.jobPrefix(jobId), KEYS)) {
            it.forEachRemaining(kv -> ranked.add(new Values.RankedMatch(
                    jobId, PairKey.parse(kv.key).resumeId(), kv.value.userId(), kv.value.overall())));
        }
        ranked.sort(Values.RankedMatch.ORDER);
        final List<Values.RankedMatch> top =
                ranked.subList(0, Math.min(ranked.size(), settings.match().topN()));
        final boolean open = jobIndex.get(jobId) != null;
        context.forward(new Record<>(
                jobId,
                new MatchOutput.PartialTop(new Values.ShardTop(partition, top, open, position)),
                now.toEpochMilli()));
    }

    private void retractExpired(final long wallClockMs) {
        ensureIndexes();
        final Instant now = Instant.ofEpochMilli(wallClockMs);
        for (final String jobId : jobIndex.expired(now)) {
            jobs.delete(jobId);
            jobIndex.remove(jobId);
            retractJob(jobId, now, JobPresence.HELD, SourcePositions.UNKNOWN);
        }
    }

    /** The pairs this shard currently emits for a job. */
    private List<PairKey> pairsOf(final String jobId) {
        final List<PairKey> out = new ArrayList<>();
        try (KeyValueIterator<String, Values.PairState> it = pairs.prefixScan(PairKey.jobPrefix(jobId), KEYS)) {
            it.forEachRemaining(kv -> out.add(PairKey.parse(kv.key)));
        }
        return out;
    }

    /** The jobs a resume has pairs with on this shard. */
    private List<String> jobsOf(final String resumeId) {
        final List<String> out = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pairsByResume.prefixScan(PairKey.resumePrefix(resumeId), KEYS)) {
            it.forEachRemaining(kv -> out.add(PairKey.parseByResume(kv.key).jobId()));
        }
        return out;
    }
}
