package io.hirehub.bench.match;

import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.ResumeShardIndex;
import io.hirehub.topologies.match.vectors.PreselectMode;
import io.hirehub.topologies.match.vectors.TopK;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Top-100 resumes for one job over a shard of 100,000 resume profiles with 1536-dim embeddings,
 * on one thread, in ms per job:
 * <ul>
 *   <li>{@code topForJob}: the real path — scan of the shard ({@code mode} int8, or binary Hamming
 *       top 10,000 re-ranked by exact cosine), exact scoring of the 1,000 pre-selected candidates
 *       (top.n 100 × preselect.factor 10), top 100 by overall score;</li>
 *   <li>{@code preselectOnly}: the pre-selection alone (the same 1,000 ids);</li>
 *   <li>{@code exactFloatScan}: baseline — exact float cosine against every profile's embedding
 *       (row by row) with the same heap (does not depend on {@code mode}).</li>
 * </ul>
 * The heap holds the profiles' float embeddings (614 MB, needed for exact re-scoring) plus the
 * int8 copy (154 MB) or sign bits (19 MB), hence -Xmx3g.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Threads(1)
public class TopForJobBench {

    private static final int QUERIES = 64;

    @Param("100000")
    public int resumes;

    @Param({"int8", "binary"})
    public String mode;

    private ResumeShardIndex index;
    private JobMatchProfile[] jobs;
    private float[][] embeddings;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        final SyntheticProfiles profiles = SyntheticProfiles.standard(1);
        final MatchSettings settings = MatchSettings.DEFAULTS.withPreselect(
                PreselectMode.fromCode(mode), MatchSettings.DEFAULTS.binaryOversample());
        index = new ResumeShardIndex(MatchScorer.defaults(), settings, SyntheticProfiles.DIMS);
        embeddings = new float[resumes][];
        for (int r = 0; r < resumes; r++) {
            final var resume = profiles.resume(r);
            embeddings[r] = resume.embedding();
            index.put(resume);
        }
        jobs = new JobMatchProfile[QUERIES];
        for (int j = 0; j < QUERIES; j++) {
            jobs[j] = profiles.job(j);
        }
    }

    private JobMatchProfile nextJob() {
        return jobs[next++ & (QUERIES - 1)];
    }

    @Benchmark
    public List<MatchResult> topForJob() {
        return index.topForJob(nextJob());
    }

    /** The pre-selection alone, for as many candidates as topForJob keeps (top.n × preselect.factor). */
    @Benchmark
    public List<String> preselectOnly() {
        return index.preselect(nextJob().embedding(), MatchSettings.DEFAULTS.candidates(MatchSettings.DEFAULTS.topN()));
    }

    @Benchmark
    public int[] exactFloatScan() {
        final float[] query = nextJob().embedding();
        final TopK top = new TopK(400);
        for (int r = 0; r < embeddings.length; r++) {
            top.offer(Vectors.dot(query, embeddings[r]), r);
        }
        return top.sortedSlots();
    }
}
