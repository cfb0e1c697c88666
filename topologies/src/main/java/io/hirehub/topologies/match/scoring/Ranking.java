package io.hirehub.topologies.match.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the best {@code n} exact match results: overall score descending, ties by id ascending. */
final class Ranking {

    /** Best first for a job's list (ties: resume id). */
    static final Comparator<MatchResult> BY_SCORE_THEN_RESUME = Comparator.comparing(
                    MatchResult::overallScore, Comparator.reverseOrder())
            .thenComparing(MatchResult::resumeId);

    /** Best first for a resume's list (ties: job id). */
    static final Comparator<MatchResult> BY_SCORE_THEN_JOB = Comparator.comparing(
                    MatchResult::overallScore, Comparator.reverseOrder())
            .thenComparing(MatchResult::jobId);

    private final int n;
    private final Comparator<MatchResult> order;
    private final PriorityQueue<MatchResult> worstFirst;

    Ranking(final int n, final Comparator<MatchResult> order) {
        this.n = n;
        this.order = order;
        this.worstFirst = new PriorityQueue<>(Math.max(1, n), order.reversed());
    }

    /** Offers one result; {@code null} (a candidate that must not be matched) is ignored. */
    void offer(final MatchResult result) {
        if (result == null) {
            return;
        }
        if (worstFirst.size() < n) {
            worstFirst.add(result);
        } else if (order.compare(result, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(result);
        }
    }

    List<MatchResult> best() {
        final List<MatchResult> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }
}
