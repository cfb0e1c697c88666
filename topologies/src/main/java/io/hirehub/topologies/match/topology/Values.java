package io.hirehub.topologies.match.topology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Small internal value records of the matching topology (JSON in stores and internal topics). */
public final class Values {

    private Values() {}

    /** One ranked pair in a top list: best first by score, ties by resume then job id. */
    public record RankedMatch(String jobId, String resumeId, String userId, BigDecimal score) {
        /** Score descending, then resume id, then job id: deterministic across shards. */
        public static final Comparator<RankedMatch> ORDER = Comparator.comparing(
                        RankedMatch::score, Comparator.reverseOrder())
                .thenComparing(RankedMatch::resumeId)
                .thenComparing(RankedMatch::jobId);
    }

    /** A ranked list as stored in the queryable top/recommended stores. */
    public record RankedList(List<RankedMatch> matches) {
        public RankedList {
            matches = List.copyOf(matches);
        }
    }

    /**
     * A job's merged top-N as stored in the queryable top store.
     *
     * @param matches        best first, at most N
     * @param shardsReported how many resume shards (partitions) have scored the job so far
     * @param shards         how many there are: the list is final once all have reported
     */
    public record JobTop(List<RankedMatch> matches, int shardsReported, int shards) {
        public JobTop {
            matches = List.copyOf(matches);
        }

        /** Whether every shard has contributed, so no better match can still arrive for this version. */
        public boolean complete() {
            return shardsReported >= shards;
        }
    }

    /**
     * One task's partial top-N for a job. {@code jobOpen == false} withdraws the shard's entry (the
     * job closed, expired or was deleted); an open job with no matches on a shard still reports, so
     * the merged top can tell "no match here" from "not scored yet".
     */
    public record ShardTop(int partition, List<RankedMatch> matches, boolean jobOpen) {
        public ShardTop {
            matches = List.copyOf(matches);
        }
    }

    /** What the shard last emitted for a pair: its scores key (to skip unchanged re-emits) and owner. */
    public record PairState(String userId, BigDecimal overall, String scoresKey) {}

    /** A pair's change as seen by its user's recommendation list; {@code score == null} retracts. */
    public record UserUpdate(String userId, String jobId, String resumeId, BigDecimal score, boolean recommended) {}
}
