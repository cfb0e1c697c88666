package io.hirehub.bench.match;

import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.PreparedJob;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeShardIndex;
import io.hirehub.topologies.match.vectors.PreselectMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Recall of the pre-selection, measured (not timed) on the benchmark data set:
 * <ol>
 *   <li>vector recall@100: the int8 scan's top {@code 4N} re-ranked by exact cosine, against the
 *       exact float-cosine top 100 over the whole shard (target ≥ 0.98);</li>
 *   <li>end-to-end recall@100: {@link ResumeShardIndex#topForJob} against exhaustive exact scoring
 *       of every resume by overall score — how much the vector pre-selection loses of what the full
 *       score would rank in the top 100 (depends on how well embeddings agree with skills etc.).</li>
 * </ol>
 * Usage: {@code RecallMain [resumes=100000] [queries=20] [seed=1] [mode=int8|binary] [noise=1.0] [preselectFactor=4]};
 * a large noise (e.g. 20) makes the embeddings nearly isotropic, the worst case for a coarse scan. A command-line tool: prints to
 * standard output.
 */
public final class RecallMain {

    private RecallMain() {}

    public static void main(final String[] args) {
        final int resumes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        final int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        final long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        final int factor = args.length > 5 ? Integer.parseInt(args[5]) : MatchSettings.DEFAULTS.preselectFactor();
        final MatchSettings settings = new MatchSettings(
                MatchSettings.DEFAULTS.topN(),
                factor,
                MatchSettings.DEFAULTS.weights(),
                MatchSettings.DEFAULTS.skill(),
                MatchSettings.DEFAULTS.recommendation(),
                PreselectMode.fromCode(args.length > 3 ? args[3] : "int8"),
                MatchSettings.DEFAULTS.binaryOversample());
        final int n = MatchSettings.DEFAULTS.topN();
        final float noise = args.length > 4 ? Float.parseFloat(args[4]) : 1.0f;
        final SyntheticProfiles profiles = new SyntheticProfiles(seed, SyntheticProfiles.DIMS, 200, noise);
        final MatchScorer scorer = MatchScorer.defaults();
        final ResumeShardIndex index = new ResumeShardIndex(scorer, settings, SyntheticProfiles.DIMS);
        final List<ResumeMatchProfile> all = new ArrayList<>(resumes);
        final List<PreparedResume> prepared = new ArrayList<>(resumes);
        for (int r = 0; r < resumes; r++) {
            final ResumeMatchProfile resume = profiles.resume(r);
            all.add(resume);
            prepared.add(scorer.prepare(resume));
            index.put(resume);
        }
        double vectorRecall = 0;
        double overallRecall = 0;
        double worstVector = 1;
        for (int q = 0; q < queries; q++) {
            final JobMatchProfile job = profiles.job(100_000 + q);
            final float[] query = job.embedding();
            final double[] cosine = new double[resumes];
            for (int r = 0; r < resumes; r++) {
                cosine[r] = Vectors.fastCosine(query, all.get(r).embedding());
            }
            final Set<String> exact = IntStream.range(0, resumes)
                    .boxed()
                    .sorted(Comparator.comparingDouble(r -> -cosine[r]))
                    .limit(n)
                    .map(r -> all.get(r).resumeId())
                    .collect(Collectors.toSet());
            final Set<String> approx = index.preselect(query, settings.candidates(n)).stream()
                    .sorted(Comparator.comparingDouble(
                            id -> -Vectors.dot(query, index.get(id).embedding())))
                    .limit(n)
                    .collect(Collectors.toCollection(HashSet::new));
            approx.retainAll(exact);
            final double recall = approx.size() / (double) n;
            vectorRecall += recall;
            worstVector = Math.min(worstVector, recall);

            final PreparedJob preparedJob = scorer.prepare(job);
            final Set<String> exhaustive = prepared.stream()
                    .map(r -> scorer.score(preparedJob, r))
                    .sorted(Comparator.comparing(MatchResult::overallScore, Comparator.reverseOrder())
                            .thenComparing(MatchResult::resumeId))
                    .limit(n)
                    .map(MatchResult::resumeId)
                    .collect(Collectors.toSet());
            final Set<String> served = index.topForJob(job).stream()
                    .map(MatchResult::resumeId)
                    .collect(Collectors.toCollection(HashSet::new));
            served.retainAll(exhaustive);
            overallRecall += served.size() / (double) n;
        }
        System.out.printf(
                "resumes=%d dims=%d queries=%d candidates=%d mode=%s noise=%.1f%n",
                resumes,
                SyntheticProfiles.DIMS,
                queries,
                settings.candidates(n),
                settings.preselectMode().code(),
                noise);
        System.out.printf(
                "vector recall@%d (scan top %d, exact cosine re-rank) mean=%.4f min=%.4f%n",
                n, settings.candidates(n), vectorRecall / queries, worstVector);
        System.out.printf(
                "end-to-end recall@%d (topForJob vs exhaustive exact overall score) mean=%.4f%n",
                n, overallRecall / queries);
    }
}
