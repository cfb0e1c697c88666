package io.hirehub.topologies.quality;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over pre-tokenised documents: {@code idf = ln(1 + (N - df + 0.5) / (df + 0.5))},
 * {@code tf' = tf (k1 + 1) / (tf + k1 (1 - b + b |d| / avgdl))}, summed over the query's tokens (a token repeated
 * in the query counts each time, as a query parser would make one clause per occurrence).
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private final List<Map<String, Integer>> termFrequencies;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequencies = new HashMap<>();
    private final double averageLength;

    Bm25(final List<List<String>> documents) {
        this.termFrequencies = documents.stream().map(Bm25::counts).toList();
        this.lengths = documents.stream().mapToInt(List::size).toArray();
        termFrequencies.forEach(tf -> tf.keySet().forEach(t -> documentFrequencies.merge(t, 1, Integer::sum)));
        this.averageLength =
                documents.isEmpty() ? 0 : (double) Arrays.stream(lengths).sum() / lengths.length;
    }

    /** The score of every document for the query, in document order. */
    double[] scores(final List<String> query) {
        final double[] scores = new double[termFrequencies.size()];
        final int n = termFrequencies.size();
        for (final String term : query) {
            final int df = documentFrequencies.getOrDefault(term, 0);
            if (df == 0) {
                continue;
            }
            final double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int d = 0; d < n; d++) {
                final Integer tf = termFrequencies.get(d).get(term);
                if (tf != null) {
                    final double norm = K1 * (1 - B + B * lengths[d] / averageLength);
                    scores[d] += idf * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return scores;
    }

    private static Map<String, Integer> counts(final List<String> tokens) {
        final Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }
}
