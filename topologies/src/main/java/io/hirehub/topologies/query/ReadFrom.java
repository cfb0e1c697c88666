package io.hirehub.topologies.query;

/** Which copy of a store a query may read on this instance. */
public enum ReadFrom {
    /** Only the active copy: the newest answer, or {@link StoreUnavailableException} during a rebalance. */
    ACTIVE,
    /**
     * The active copy, or a standby or restoring one: answers during a rebalance, but may lag behind
     * (by the copy's offset lag, see {@code localLag} of the port).
     */
    ACTIVE_OR_STANDBY
}
