package io.hirehub.topologies.match.topology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Small internal value records of the matching topology (JSON in stores and internal topics). */
public final class Values {

    private Values() {
    }

    /** One ranked pair in a top list: best first by score, ties by resume then job id. */
    public record RankedMatch(String jobId, String resumeId, String userId, BigDecimal score) {
        /** Score descending, then resume id, then job id: deterministic across shards. */
        public static final Comparator<RankedMatch> ORDER = Comparator
                .comparing(RankedMatch::score, Comparator.reverseOrder())
                .thenComparing(RankedMatch::resumeId)
                .thenComparing(RankedMatch::jobId);
    }

    /** A ranked list as stored in the queryable top/recommended stores. */
    public record RankedList(List<RankedMatch> matches) {
        public RankedList {
            matches = List.copyOf(matches);
        }
    }

    /** One task's partial top-N for a job. */
    public record ShardTop(int partition, List<RankedMatch> matches) {
        public ShardTop {
            matches = List.copyOf(matches);
        }
    }

    /** What the shard last emitted for a pair: its scores key (to skip unchanged re-emits) and owner. */
    public record PairState(String userId, BigDecimal overall, String scoresKey) {
    }

    /** A pair's change as seen by its user's recommendation list; {@code score == null} retracts. */
    public record UserUpdate(String userId, String jobId, String resumeId, BigDecimal score, boolean recommended) {
    }
}
