package io.hirehub.topologies.query;

import java.util.OptionalLong;

/**
 * Where the keys of one application's queryable stores live, by store name: what a router needs to
 * answer a read at the key's owner. Each query port ({@code MatchQueries}, {@code ApplicationQueries})
 * can be seen as one.
 */
public interface StoreLocator {

    /** Which instances hold {@code key} of the store called {@code store}. */
    KeyOwners owners(String store, String key);

    /** How far this instance's copy of {@code store}'s {@code partition} lags; empty when it holds none. */
    OptionalLong localLag(String store, int partition);
}
