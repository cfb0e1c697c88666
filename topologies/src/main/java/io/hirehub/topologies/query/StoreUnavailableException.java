package io.hirehub.topologies.query;

/**
 * A store cannot be read on this instance now: the group is rebalancing, the store is restoring, it
 * migrated to another instance, or the application is not running. Not an error in the data: the
 * same query succeeds again shortly, here or at the key's new owner.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String store;

    public StoreUnavailableException(final String store, final Throwable cause) {
        super("store " + store + " cannot be queried now: " + cause.getMessage(), cause);
        this.store = store;
    }

    /** The store's name. */
    public String store() {
        return store;
    }
}
