package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;

/**
 * One change reaching the matcher: a job profile (broadcast) or a resume profile (this shard).
 * Lives only between the merge and the matcher inside one task, so it needs no serde.
 */
sealed interface MatchInput {

    /** A job's new profile; {@code profile == null}: the job was deleted. */
    record JobChange(JobMatchProfile profile) implements MatchInput {}

    /** A resume's new profile; {@code profile == null}: the resume was deleted. */
    record ResumeChange(ResumeMatchProfile profile) implements MatchInput {}

    static MatchInput ofJob(final JobMatchProfile profile) {
        return new JobChange(profile);
    }

    static MatchInput ofResume(final ResumeMatchProfile profile) {
        return new ResumeChange(profile);
    }
}
