package io.hirehub.edge.matches;

import io.hirehub.edge.auth.Account;
import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.jobs.JobRows;
import io.hirehub.edge.resumes.ResumeRows;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may see a match: the members of the job's company (and admins) see every match of their jobs;
 * a jobseeker sees the matches of its own resumes. Job companies and resume owners come from
 * cached lookups, so authorising a store read costs no database round trip once warm.
 */
public final class MatchAccess {

    /** How the caller relates to a pair. */
    public enum Side {
        COMPANY,
        JOBSEEKER
    }

    private final JobRows jobs;
    private final ResumeRows resumes;

    public MatchAccess(final JobRows jobs, final ResumeRows resumes) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.resumes = Objects.requireNonNull(resumes, "resumes");
    }

    /** The job's company members or an admin; 404 for a job that does not exist. */
    public Account jobMatches(final Caller caller, final UUID jobId) {
        final Account account = Policy.account(caller);
        final UUID company =
                jobs.companyOf(jobId).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no job " + jobId));
        return Policy.member(caller, company, "read the matches of its jobs");
    }

    /** A pair's side for the caller: company (members, admins) or jobseeker (the resume's owner); else 403. */
    public Side pair(final Caller caller, final UUID jobId, final UUID resumeId) {
        final Account account = Policy.account(caller);
        final UUID company =
                jobs.companyOf(jobId).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no job " + jobId));
        if (account.isAdmin() || account.memberOf(company)) {
            return Side.COMPANY;
        }
        final UUID owner = resumes.ownerOf(resumeId)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no resume " + resumeId));
        if (owner.equals(account.userId())) {
            return Side.JOBSEEKER;
        }
        throw Policy.forbidden("only the job's company members and the resume's owner may see this match");
    }
}
