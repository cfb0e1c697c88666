package io.hirehub.edge.matches;

import io.hirehub.edge.matches.CompanyMatchViews.CompanyMatchRow;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the job tops gathered from several instances into one list: best overall score first, then
 * the better rank within its job, then job and resume id (the same order whoever answered), each
 * (job, resume) pair once, at most {@code limit} rows. Owners are asked for disjoint keys, so a pair
 * twice would be a bug elsewhere (or a key that moved between two answers); it is dropped here all the
 * same, keeping its best row, rather than shown twice.
 */
public final class CompanyMatchMerge {

    /** Best first; deterministic across instances. */
    static final Comparator<CompanyMatchRow> ORDER = Comparator.comparing(
                    CompanyMatchRow::overallScore, Comparator.reverseOrder())
            .thenComparingInt(CompanyMatchRow::rank)
            .thenComparing(CompanyMatchRow::jobId)
            .thenComparing(CompanyMatchRow::resumeId);

    private CompanyMatchMerge() {}

    /** The best {@code limit} rows of {@code tops}, each pair once. */
    public static List<CompanyMatchRow> merge(final Collection<JobTop> tops, final int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        final List<CompanyMatchRow> all = new ArrayList<>();
        tops.forEach(top -> all.addAll(top.matches()));
        all.sort(ORDER);
        final Set<Pair> seen = new HashSet<>();
        final List<CompanyMatchRow> out = new ArrayList<>();
        for (final CompanyMatchRow row : all) {
            if (out.size() == limit) {
                break;
            }
            if (seen.add(new Pair(row.jobId(), row.resumeId()))) {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * The tops by job id, one per job: should a job come twice (an owner changed between two answers),
     * the complete one is kept, else the first.
     */
    public static Map<String, JobTop> byJob(final Collection<JobTop> tops) {
        final Map<String, JobTop> out = new LinkedHashMap<>();
        for (final JobTop top : tops) {
            out.merge(top.jobId(), top, (kept, other) -> !kept.complete() && other.complete() ? other : kept);
        }
        return out;
    }

    private record Pair(String jobId, String resumeId) {}
}
