package io.hirehub.bench.match;

import io.hirehub.topologies.match.scoring.BreakdownJson;
import io.hirehub.topologies.match.scoring.KoreanReasoning;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.PreparedJob;
import io.hirehub.topologies.match.scoring.PreparedResume;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact pair scoring throughput on one thread: ops/s = (job, resume) pairs scored per second per
 * core, 1536-dim embeddings included. {@code scoreAndExplain} adds what an emitted pair costs on
 * top: the Korean explanation and the breakdown JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ScoreThroughputBench {

    private static final int JOBS = 256;
    private static final int RESUMES = 4096;

    private final MatchScorer scorer = MatchScorer.defaults();
    private PreparedJob[] jobs;
    private PreparedResume[] resumes;
    private int next;

    @Setup
    public void setUp() {
        final SyntheticProfiles profiles = SyntheticProfiles.standard(1);
        jobs = new PreparedJob[JOBS];
        resumes = new PreparedResume[RESUMES];
        for (int j = 0; j < JOBS; j++) {
            jobs[j] = scorer.prepare(profiles.job(j));
        }
        for (int r = 0; r < RESUMES; r++) {
            resumes[r] = scorer.prepare(profiles.resume(r));
        }
    }

    @Benchmark
    public MatchResult score() {
        final int i = next++;
        return scorer.score(jobs[i & (JOBS - 1)], resumes[(i * 7) & (RESUMES - 1)]);
    }

    @Benchmark
    public String scoreAndExplain() {
        final int i = next++;
        final MatchResult result = scorer.score(jobs[i & (JOBS - 1)], resumes[(i * 7) & (RESUMES - 1)]);
        return KoreanReasoning.explain(result.breakdown()) + BreakdownJson.write(result.breakdown());
    }
}
