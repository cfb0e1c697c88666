package io.hirehub.apps.match;

import io.hirehub.apps.streams.LocalStores;
import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.Page;
import io.hirehub.topologies.query.ReadFrom;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** {@link MatchQueries} over this instance's copies of the matching stores. */
final class StoreMatchQueries implements MatchQueries {

    private final LocalStores stores;
    private final Supplier<Optional<String>> serving;

    StoreMatchQueries(final LocalStores stores, final Supplier<Optional<String>> serving) {
        this.stores = stores;
        this.serving = serving;
    }

    @Override
    public Optional<String> servingProblem() {
        return serving.get();
    }

    @Override
    public Optional<TopMatches> topMatches(final String jobId, final int offset, final int limit, final ReadFrom from) {
        // Refuse a bad page before touching the store, so the error does not depend on its state.
        Page.of(List.of(), offset, limit);
        return stores.<Values.JobTop>get(MatchStore.JOB_TOP.storeName(), jobId, from)
                .map(top -> TopMatches.of(top, offset, limit));
    }

    @Override
    public Optional<Values.RankedList> recommendations(final String userId, final ReadFrom from) {
        return stores.get(MatchStore.USER_RECOMMENDED.storeName(), userId, from);
    }

    @Override
    public Optional<MatchDetail> detail(final PairKey pair, final ReadFrom from) {
        return stores.get(MatchStore.DETAIL.storeName(), pair.format(), from);
    }

    @Override
    public KeyOwners owners(final MatchStore store, final String key) {
        return stores.owners(store.storeName(), key);
    }

    @Override
    public OptionalLong localLag(final MatchStore store, final int partition) {
        return stores.localLag(store.storeName(), partition);
    }
}
