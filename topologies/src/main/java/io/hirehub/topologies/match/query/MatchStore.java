package io.hirehub.topologies.match.query;

import io.hirehub.topologies.match.topology.MatchNames;

/** The queryable stores of matching, all keyed by strings partitioned like their topics' keys. */
public enum MatchStore {
    /** A job's merged top-N, keyed by job_id. */
    JOB_TOP(MatchNames.JOB_TOP_STORE),
    /** A user's recommended jobs, keyed by user_id. */
    USER_RECOMMENDED(MatchNames.USER_RECOMMENDED_STORE),
    /** A pair's detail, keyed {@code {job_id}:{resume_id}}. */
    DETAIL(MatchNames.DETAIL_STORE);

    private final String storeName;

    MatchStore(final String storeName) {
        this.storeName = storeName;
    }

    /** The store's name in the topology. */
    public String storeName() {
        return storeName;
    }
}
