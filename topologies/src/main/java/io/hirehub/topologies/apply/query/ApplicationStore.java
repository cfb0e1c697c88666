package io.hirehub.topologies.apply.query;

/** The queryable stores of the applications topology, keyed by strings partitioned like their topics' keys. */
public enum ApplicationStore {
    /** An application's state, history and interviews ({@link ApplicationState}), keyed by application_id. */
    APPLICATIONS("apply-applications"),
    /** A job's funnel and counters ({@link JobStats}), keyed by job_id. */
    JOB_STATS("apply-job-stats"),
    /** A user's interviews ({@link UserInterviews}), keyed by user_id. */
    USER_INTERVIEWS("apply-user-interviews");

    private final String storeName;

    ApplicationStore(final String storeName) {
        this.storeName = storeName;
    }

    /** The store's name in the topology. */
    public String storeName() {
        return storeName;
    }
}
