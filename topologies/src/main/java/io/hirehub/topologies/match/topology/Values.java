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
     * @param position       the lowest, over the reporting shards, of the job's source position (WAL LSN) each
     *                       scored: a complete top with {@code position >= P} reflects every job write up
     *                       to P; 0 when unknown (a top stored before positions were carried)
     */
    public record JobTop(List<RankedMatch> matches, int shardsReported, int shards, long position) {
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
     * the merged top can tell "no match here" from "not scored yet". {@code position} is the source
     * LSN of the job version the shard scored, 0 when a resume change caused the update (unchanged job).
     */
    public record ShardTop(int partition, List<RankedMatch> matches, boolean jobOpen, long position) {
        public ShardTop {
            matches = List.copyOf(matches);
        }
    }

    /** What the shard last emitted for a pair: its scores key (to skip unchanged re-emits) and owner. */
    public record PairState(String userId, BigDecimal overall, String scoresKey) {}

    /** A pair's change as seen by its user's recommendation list; {@code score == null} retracts. */
    public record UserUpdate(String userId, String jobId, String resumeId, BigDecimal score, boolean recommended) {}
}
