package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.event.MatchCalculated;
import io.hirehub.avro.event.MatchRecommended;

/** What the matcher forwards; the topology splits it by type into its topics. */
public sealed interface MatchOutput {

    /** New state of a pair, or {@code detail == null}: the pair is retracted (tombstone). */
    record Detail(MatchDetail detail) implements MatchOutput {}

    /** A {@code match.calculated} event. */
    record Calculated(MatchCalculated event) implements MatchOutput {}

    /** A {@code match.recommended} event. */
    record Recommended(MatchRecommended event) implements MatchOutput {}

    /** This shard's partial top-N of a job. */
    record PartialTop(Values.ShardTop top) implements MatchOutput {}

    /** A change for the pair owner's recommendation list. */
    record UserChange(Values.UserUpdate update) implements MatchOutput {}
}
