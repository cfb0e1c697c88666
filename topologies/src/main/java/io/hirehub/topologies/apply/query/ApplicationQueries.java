package io.hirehub.topologies.apply.query;

import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The interactive queries of the applications topology's stores, as a port: the running applications
 * app implements it ({@code apps.apply}), the edge calls it. Reads answer from this instance's copy
 * only; {@link #owners} says which instance holds a key. A read throws {@link StoreUnavailableException}
 * when the store cannot be read here now; empty means this copy has nothing under the key.
 */
public interface ApplicationQueries {

    /** An application's state, full history and interviews, rebuilt from its events. */
    Optional<ApplicationState> application(String applicationId, ReadFrom from);

    /** A job's funnel (applications by status), applies_count and views_count. */
    Optional<JobStats> jobStats(String jobId, ReadFrom from);

    /** A user's interviews, soonest first (filter with {@link UserInterviews#upcoming}). */
    Optional<UserInterviews> userInterviews(String userId, ReadFrom from);

    /** Which instances hold {@code key} of {@code store}. */
    KeyOwners owners(ApplicationStore store, String key);

    /** How far this instance's copy of {@code store}'s {@code partition} lags; empty when it holds none. */
    OptionalLong localLag(ApplicationStore store, int partition);
}
