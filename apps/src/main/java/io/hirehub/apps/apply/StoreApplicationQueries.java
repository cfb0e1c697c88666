package io.hirehub.apps.apply;

import io.hirehub.apps.streams.LocalStores;
import io.hirehub.topologies.apply.query.ApplicationQueries;
import io.hirehub.topologies.apply.query.ApplicationState;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.JobStats;
import io.hirehub.topologies.apply.query.UserInterviews;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link ApplicationQueries} over this instance's copies of the applications stores. */
final class StoreApplicationQueries implements ApplicationQueries {

    private final LocalStores stores;

    StoreApplicationQueries(final LocalStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<ApplicationState> application(final String applicationId, final ReadFrom from) {
        return stores.get(ApplicationStore.APPLICATIONS.storeName(), applicationId, from);
    }

    @Override
    public Optional<JobStats> jobStats(final String jobId, final ReadFrom from) {
        return stores.get(ApplicationStore.JOB_STATS.storeName(), jobId, from);
    }

    @Override
    public Optional<UserInterviews> userInterviews(final String userId, final ReadFrom from) {
        return stores.get(ApplicationStore.USER_INTERVIEWS.storeName(), userId, from);
    }

    @Override
    public KeyOwners owners(final ApplicationStore store, final String key) {
        return stores.owners(store.storeName(), key);
    }

    @Override
    public OptionalLong localLag(final ApplicationStore store, final int partition) {
        return stores.localLag(store.storeName(), partition);
    }
}
