package io.hirehub.topologies.apply.topology;

import io.hirehub.topologies.apply.query.InterviewEntry;

/** The records the applications topology passes between its processors (internal topics, JSON). */
final class ApplyRecords {

    private ApplyRecords() {}

    /**
     * What the per-application processor emits: a funnel move of a job, an interview of a user, or a
     * dead letter (with its headers on the record). Exactly one of the parts is set.
     */
    record Emitted(JobDelta job, InterviewEntry interview, byte[] deadLetter) {}

    /**
     * One change of a job's counters, keyed by job_id.
     *
     * @param kind {@code move} (an application entered {@code to}, left {@code from}, null for a new one) or
     *             {@code view}
     */
    record JobDelta(String jobId, String eventId, String kind, String from, String to) {
        static final String MOVE = "move";
        static final String VIEW = "view";
    }

    /**
     * What the pair processor hears, keyed {@code {job_id}:{resume_id}}: an application of the pair (from the
     * applications table) or the pair's score (from the matches topic; null when retracted).
     */
    record PairInput(String applicationId, Boolean applicationScored, String score, boolean isScore) {}

    /** The pair processor's state. */
    record PairState(String applicationId, boolean applicationScored, String score, String emitted) {}

    /** The status an applications row was last seen in by the changelog guard, and that change's WAL position. */
    record ObservedStatus(String status, long lsn) {}
}
