package io.hirehub.edge.matches;

import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The company-wide match read's answer and the internal request and answer instances exchange to
 * gather it, in the seed's snake_case names.
 */
public final class CompanyMatchViews {

    private CompanyMatchViews() {}

    /**
     * One candidate for one job.
     *
     * @param overallScore the pair's overall score, 0–100 (the breakdown is at {@code /v1/matches/{job_id}/{resume_id}})
     * @param rank         its place in the job's own list, 1 for the best
     */
    public record CompanyMatchRow(String jobId, String resumeId, String userId, BigDecimal overallScore, int rank) {
        public CompanyMatchRow {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(resumeId, "resumeId");
            Objects.requireNonNull(overallScore, "overallScore");
        }
    }

    /**
     * A job's best candidates as its owner's ACTIVE copy of {@code match-job-top} holds them.
     *
     * @param complete whether every resume shard has scored the job (until then better matches may arrive)
     */
    public record JobTop(String jobId, boolean complete, List<CompanyMatchRow> matches) {
        public JobTop {
            Objects.requireNonNull(jobId, "jobId");
            matches = List.copyOf(matches);
        }

        /** The first page of a job's top, each match ranked by its place in the job's list. */
        static JobTop of(final String jobId, final TopMatches top) {
            final List<CompanyMatchRow> rows = new ArrayList<>();
            int rank = top.page().offset();
            for (final Values.RankedMatch match : top.page().items()) {
                rank++;
                rows.add(new CompanyMatchRow(match.jobId(), match.resumeId(), match.userId(), match.score(), rank));
            }
            return new JobTop(jobId, top.complete(), rows);
        }
    }

    /**
     * What one instance asks another for: the tops of the jobs that instance owns actively.
     *
     * @param companyId the company the jobs belong to (authorised again by the instance asked)
     * @param jobIds    1..{@value CompanyMatchRoutes#MAX_JOBS} distinct job ids
     * @param perJob    how many of each job's best to send, 1..{@value CompanyMatchRoutes#MAX_LIMIT}
     */
    public record JobTopsRequest(UUID companyId, List<UUID> jobIds, Integer perJob) {}

    /** The tops an instance holds actively of the jobs asked; a job it holds no list for is left out. */
    public record JobTopsAnswer(List<JobTop> tops) {
        public JobTopsAnswer {
            tops = List.copyOf(tops);
        }
    }

    /**
     * A company's best candidates across its open jobs, best overall score first.
     *
     * @param companyId     the company
     * @param matches       at most {@code limit} rows, no (job, resume) pair twice
     * @param openJobs      how many open jobs were read (at most {@value CompanyMatchRoutes#MAX_JOBS})
     * @param jobsTruncated whether the company has more open jobs than were read (the most recently
     *                      posted were read)
     * @param pendingJobIds open jobs read whose list is not final yet: not scored yet, or not by every
     *                      resume shard (better candidates may still arrive for them)
     */
    public record CompanyMatchesView(
            UUID companyId,
            List<CompanyMatchRow> matches,
            int openJobs,
            boolean jobsTruncated,
            List<String> pendingJobIds) {
        public CompanyMatchesView {
            matches = List.copyOf(matches);
            pendingJobIds = List.copyOf(pendingJobIds);
        }
    }
}
