package io.hirehub.topologies.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off: gain {@code 2^grade - 1}, discount {@code 1 / log2(rank + 1)},
 * divided by the DCG of the ideal order of all graded documents. Documents with equal scores form a tie group whose
 * members each earn the group's mean gain (tie-aware DCG, McSherry &amp; Najork 2008), so a ranker that cannot tell
 * documents apart gets no credit from an accidental order. Unscored graded documents count as ranked last, tied.
 */
final class Ndcg {

    private Ndcg() {}

    /** A document and the score a ranker gave it. */
    record Scored(String id, double score) {}

    /**
     * NDCG@k of {@code scored} (any order) against {@code grades} (every judged document). 1.0 when no document has
     * a positive grade (nothing to find, nothing missed).
     */
    static double at(final int k, final List<Scored> scored, final Map<String, Integer> grades) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        final double ideal = idealDcg(k, grades);
        if (ideal == 0) {
            return 1.0;
        }
        final List<Scored> ranked = new ArrayList<>(scored);
        for (final String id : grades.keySet()) {
            if (ranked.stream().noneMatch(s -> s.id().equals(id))) {
                ranked.add(new Scored(id, Double.NEGATIVE_INFINITY));
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        double dcg = 0;
        int start = 0;
        while (start < ranked.size() && start < k) {
            int end = start + 1;
            while (end < ranked.size()
                    && ranked.get(end).score() == ranked.get(start).score()) {
                end++;
            }
            double meanGain = 0;
            for (int i = start; i < end; i++) {
                meanGain += gain(grades.getOrDefault(ranked.get(i).id(), 0));
            }
            meanGain /= end - start;
            for (int rank = start; rank < Math.min(end, k); rank++) {
                dcg += meanGain * discount(rank);
            }
            start = end;
        }
        return dcg / ideal;
    }

    private static double idealDcg(final int k, final Map<String, Integer> grades) {
        final List<Integer> sorted =
                grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double dcg = 0;
        for (int rank = 0; rank < Math.min(k, sorted.size()); rank++) {
            dcg += gain(sorted.get(rank)) * discount(rank);
        }
        return dcg;
    }

    private static double gain(final int grade) {
        return Math.pow(2, grade) - 1;
    }

    /** Discount of a 0-based rank: 1 / log2(rank + 2). */
    private static double discount(final int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }
}
