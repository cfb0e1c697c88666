package io.hirehub.topologies.match.query;

import io.hirehub.topologies.match.topology.Values;
import java.util.Optional;

/**
 * The interactive queries of matching's stores, as a port: the running application implements it,
 * the edge calls it. Keys are the seed's: a job's top ({@code match:job:{job_id}:top}) and a user's
 * recommended jobs ({@code match:user:{user_id}:recommended}).
 */
public interface MatchQueries {

    /** The merged top-N of a job held by this instance. */
    Optional<Values.JobTop> top(String jobId);

    /** A user's recommended jobs held by this instance. */
    Optional<Values.RankedList> recommended(String userId);
}
