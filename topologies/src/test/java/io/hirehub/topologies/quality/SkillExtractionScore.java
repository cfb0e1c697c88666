package io.hirehub.topologies.quality;

import java.util.HashSet;
import java.util.Set;

/**
 * Micro-averaged precision and recall of extracted skills against labels: true positives are labelled skills the
 * extractor found, false positives skills it found that are not labelled (the labels' traps included), false
 * negatives labelled skills it missed. Names compare exactly (catalogue names).
 */
record SkillExtractionScore(int truePositives, int falsePositives, int falseNegatives, int trapHits, int passages) {

    static final SkillExtractionScore EMPTY = new SkillExtractionScore(0, 0, 0, 0, 0);

    /** The counts of one passage. */
    static SkillExtractionScore of(final Set<String> labelled, final Set<String> traps, final Set<String> found) {
        final Set<String> hits = new HashSet<>(found);
        hits.retainAll(labelled);
        final Set<String> trapped = new HashSet<>(found);
        trapped.retainAll(traps);
        return new SkillExtractionScore(
                hits.size(), found.size() - hits.size(), labelled.size() - hits.size(), trapped.size(), 1);
    }

    SkillExtractionScore plus(final SkillExtractionScore other) {
        return new SkillExtractionScore(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives,
                trapHits + other.trapHits,
                passages + other.passages);
    }

    /** TP / (TP + FP); 1.0 when nothing was found (no false claim made). */
    double precision() {
        final int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** TP / (TP + FN); 1.0 when nothing was labelled. */
    double recall() {
        final int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }
}
