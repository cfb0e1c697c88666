package io.hirehub.topologies.match.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies and lengths of the resumes a shard holds, for the text component's inverse document
 * frequencies and length normalisation ({@link TextScorer}). Kept by {@link ResumeShardIndex} as resumes come and
 * go, so it is derived state like the index itself. Not thread-safe.
 *
 * <p>With no resumes (or in {@link #NONE}) every term weighs the same and lengths are not normalised.
 */
public final class TermStatistics {

    /** No statistics: flat weights (used where no shard is at hand, e.g. scoring one pair in isolation). */
    public static final TermStatistics NONE = new TermStatistics();

    private final Map<String, Integer> documentFrequencies = new HashMap<>();
    private int documents;
    private long totalLength;

    /** Counts a resume's terms in. */
    public void add(final Map<String, Integer> terms) {
        if (terms.isEmpty() || this == NONE) {
            return;
        }
        documents++;
        totalLength += length(terms);
        terms.keySet().forEach(t -> documentFrequencies.merge(t, 1, Integer::sum));
    }

    /** Counts a resume's terms out (the same map that was added). */
    public void remove(final Map<String, Integer> terms) {
        if (terms.isEmpty() || this == NONE) {
            return;
        }
        documents--;
        totalLength -= length(terms);
        terms.keySet().forEach(t -> documentFrequencies.computeIfPresent(t, (k, df) -> df <= 1 ? null : df - 1));
    }

    /** BM25's {@code ln(1 + (N − df + 0.5) / (df + 0.5))}; 1 for every term without statistics. */
    double idf(final String term) {
        if (documents == 0) {
            return 1;
        }
        final int df = documentFrequencies.getOrDefault(term, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** Mean resume length in terms; {@code 0} without statistics. */
    double averageLength() {
        return documents == 0 ? 0 : (double) totalLength / documents;
    }

    public int documents() {
        return documents;
    }

    static int length(final Map<String, Integer> terms) {
        int length = 0;
        for (final int count : terms.values()) {
            length += count;
        }
        return length;
    }
}
