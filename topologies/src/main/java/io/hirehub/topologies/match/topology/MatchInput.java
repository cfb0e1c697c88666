package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.JobProfile;
import io.hirehub.topologies.match.ResumeProfile;

/**
 * One change reaching the matcher: a job profile (broadcast) or a resume profile (this shard).
 * Lives only between the merge and the matcher inside one task, so it needs no serde.
 *
 * @param job    the new job profile, or {@code null} with {@code isJob} for a deleted job
 * @param resume the new resume profile, or {@code null} for a deleted resume
 */
public record MatchInput(boolean isJob, JobProfile job, ResumeProfile resume) {

    static MatchInput ofJob(final JobProfile job) {
        return new MatchInput(true, job, null);
    }

    static MatchInput ofResume(final ResumeProfile resume) {
        return new MatchInput(false, null, resume);
    }
}
