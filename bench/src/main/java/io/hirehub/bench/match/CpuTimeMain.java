package io.hirehub.bench.match;

import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.PreparedJob;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.ResumeShardIndex;
import io.hirehub.topologies.match.vectors.PreselectMode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Companion to the JMH benchmarks for a shared, oversubscribed machine: measures the same
 * operations in <em>thread CPU time</em> (what one core spends), which other processes inflate much
 * less than wall time. Prints median and p90 per operation after a warm-up.
 * Usage: {@code CpuTimeMain [resumes=100000] [rounds=40]}. A command-line tool: prints to standard output.
 */
public final class CpuTimeMain {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static long sink;

    private CpuTimeMain() {}

    public static void main(final String[] args) {
        final int resumes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        final SyntheticProfiles profiles = SyntheticProfiles.standard(1);
        final MatchScorer scorer = MatchScorer.defaults();
        final JobMatchProfile[] jobs = new JobMatchProfile[64];
        for (int j = 0; j < jobs.length; j++) {
            jobs[j] = profiles.job(j);
        }
        pairs(scorer, profiles, jobs, rounds);
        for (final PreselectMode mode : PreselectMode.values()) {
            final ResumeShardIndex index = new ResumeShardIndex(
                    scorer,
                    MatchSettings.DEFAULTS.withPreselect(mode, MatchSettings.DEFAULTS.binaryOversample()),
                    SyntheticProfiles.DIMS);
            for (int r = 0; r < resumes; r++) {
                index.put(profiles.resume(r));
            }
            final double[] top = new double[rounds];
            final double[] pre = new double[rounds];
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < rounds; i++) {
                    final JobMatchProfile job = jobs[i % jobs.length];
                    long t0 = MX.getCurrentThreadCpuTime();
                    sink += index.topForJob(job).size();
                    top[i] = (MX.getCurrentThreadCpuTime() - t0) / 1e6;
                    t0 = MX.getCurrentThreadCpuTime();
                    sink += index.preselect(job.embedding(), 400).size();
                    pre[i] = (MX.getCurrentThreadCpuTime() - t0) / 1e6;
                }
            }
            System.out.printf(
                    "mode=%s resumes=%d topForJob cpu ms: median %.1f p90 %.1f | preselect cpu ms: median %.1f p90 %.1f%n",
                    mode.code(), resumes, pct(top, 50), pct(top, 90), pct(pre, 50), pct(pre, 90));
        }
        System.out.println("(sink " + sink + ")");
    }

    private static void pairs(
            final MatchScorer scorer,
            final SyntheticProfiles profiles,
            final JobMatchProfile[] jobs,
            final int rounds) {
        final PreparedJob[] prepared = Arrays.stream(jobs).map(scorer::prepare).toArray(PreparedJob[]::new);
        final PreparedResume[] resumes = new PreparedResume[4096];
        for (int r = 0; r < resumes.length; r++) {
            resumes[r] = scorer.prepare(profiles.resume(r));
        }
        final int perRound = 200_000;
        final double[] rates = new double[rounds];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                final long t0 = MX.getCurrentThreadCpuTime();
                for (int p = 0; p < perRound; p++) {
                    sink += scorer.score(prepared[p & 63], resumes[(p * 7) & 4095])
                            .overallScore()
                            .unscaledValue()
                            .intValue();
                }
                rates[i] = perRound / ((MX.getCurrentThreadCpuTime() - t0) / 1e9);
            }
        }
        System.out.printf("score pairs per cpu-second: median %.0f p10 %.0f%n", pct(rates, 50), pct(rates, 10));
    }

    private static double pct(final double[] values, final int percentile) {
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
    }
}
