package io.hirehub.topologies.match.topology;

import io.hirehub.schemas.keys.PairKey;
import java.util.Optional;

/**
 * Finds the pair a {@code matches.id} belongs to, for labelling {@code match_feedback}. Feedback is
 * rare and its row's foreign key guarantees the matches row exists, so one lookup in the system of
 * record per label is far cheaper than re-keying every scored pair by match id inside the topology.
 */
@FunctionalInterface
public interface MatchLocator {

    /**
     * The pair of the matches row {@code matchId}; empty when there is no such row. Throws when the
     * lookup itself fails (the stream thread is then replaced and the record retried, never skipped).
     */
    Optional<PairKey> pairOf(String matchId);
}
