package io.hirehub.topologies.match.query;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The interactive queries of matching's stores, as a port: the running matching application
 * implements it ({@code apps}), the edge calls it. Every read answers from this instance's copy of
 * the store only; {@link #owners} says which instance holds a key, so a caller can forward. A read
 * throws {@link StoreUnavailableException} when the store cannot be read here now (a rebalance, a
 * restore); an empty answer means this instance's copy has nothing under the key.
 */
public interface MatchQueries {

    /**
     * A page of a job's top matches ({@code match:job:{job_id}:top}), best first.
     *
     * @throws IllegalArgumentException for {@code offset < 0} or {@code limit} outside 1..{@value io.hirehub.topologies.query.Page#MAX_LIMIT}
     */
    Optional<TopMatches> topMatches(String jobId, int offset, int limit, ReadFrom from);

    /** A user's recommended jobs ({@code match:user:{user_id}:recommended}), best first. */
    Optional<Values.RankedList> recommendations(String userId, ReadFrom from);

    /** A pair's scores and explanation ({@code match:detail:{job_id}:{resume_id}}). */
    Optional<MatchDetail> detail(PairKey pair, ReadFrom from);

    /**
     * Which instances hold {@code key} of {@code store} ({@link MatchStore}: a job id, a user id or a
     * {@link PairKey#format() pair key}); {@link KeyOwners#unavailable()} during a rebalance.
     */
    KeyOwners owners(MatchStore store, String key);

    /**
     * How many records this instance's copy of {@code store}'s {@code partition} is behind its
     * changelog: 0 for a caught-up active copy, more for a standby; empty when it holds no copy.
     */
    OptionalLong localLag(MatchStore store, int partition);

    /**
     * Empty when this instance can answer or route matching's queries (its application runs, or
     * rebalances after having run); otherwise why not (starting and restoring, stopped, failed).
     */
    Optional<String> servingProblem();
}
