package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recall of what must be masked and the share of what must be kept, per kind, over the labelled
 * set. A value counts as masked when it no longer occurs in the masked text, none of its pieces
 * survives (a word or number of four or more characters, two or more Hangul syllables, found
 * nowhere else in the passage: {@code ethan(dot)[EMAIL]} leaks {@code ethan}), AND the placeholder
 * of its kind occurs (so a phone masked as {@code [URL]} is a miss); {@link #gone} counts the first
 * two conditions. A kept string counts when it still occurs verbatim.
 */
final class LabelledSetScore {

    /** Hits over items of one kind or category. */
    static final class Tally {
        int hits;
        int gone;
        int total;

        double share() {
            return total == 0 ? 1.0 : (double) hits / total;
        }
    }

    final Map<String, Tally> recall = new TreeMap<>();
    final Map<String, Tally> keep = new TreeMap<>();
    final Tally recallOverall = new Tally();
    final Tally keepOverall = new Tally();
    final List<String> misses = new ArrayList<>();

    static LabelledSetScore of(final List<LabelledPassages.Passage> passages, final PiiMasker masker) {
        final LabelledSetScore score = new LabelledSetScore();
        for (final LabelledPassages.Passage passage : passages) {
            final String masked =
                    masker.mask(passage.text(), passage.accountName()).maskedText();
            for (final LabelledPassages.Item item : passage.mask()) {
                final boolean gone = !masked.contains(item.value()) && !leaks(passage.text(), item.value(), masked);
                final PiiKind kind = kindOf(item.kind());
                final boolean hit = gone && kind != null && masked.contains(kind.placeholder());
                score.count(score.recall, score.recallOverall, item.kind(), hit, gone);
                if (!hit) {
                    score.misses.add(passage.id() + " missed " + item.kind() + " «" + item.value() + "» in «"
                            + masked.replace("\n", "⏎") + "»");
                }
            }
            for (final LabelledPassages.Item item : passage.keep()) {
                final boolean kept = masked.contains(item.value());
                score.count(score.keep, score.keepOverall, item.kind(), kept, kept);
                if (!kept) {
                    score.misses.add(passage.id() + " lost " + item.kind() + " «" + item.value() + "» in «"
                            + masked.replace("\n", "⏎") + "»");
                }
            }
        }
        return score;
    }

    private static final java.util.regex.Pattern PIECE =
            java.util.regex.Pattern.compile("[A-Za-z0-9]{4,}|[가-힣]{2,}|[\\p{IsHan}]{2,}");

    /** Whether a piece of {@code value} that occurs nowhere else in {@code text} is still in {@code masked}. */
    static boolean leaks(final String text, final String value, final String masked) {
        final java.util.regex.Matcher piece = PIECE.matcher(value);
        while (piece.find()) {
            final String token = piece.group();
            if (count(text, token) == count(value, token) && masked.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static int count(final String text, final String token) {
        int n = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            n++;
        }
        return n;
    }

    private static PiiKind kindOf(final String key) {
        for (final PiiKind kind : PiiKind.values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        return null;
    }

    private void count(
            final Map<String, Tally> byKind,
            final Tally overall,
            final String kind,
            final boolean hit,
            final boolean gone) {
        final Tally tally = byKind.computeIfAbsent(kind, k -> new Tally());
        tally.total++;
        overall.total++;
        if (hit) {
            tally.hits++;
            overall.hits++;
        }
        if (gone) {
            tally.gone++;
            overall.gone++;
        }
    }

    /** A plain-text table of both measures, then every miss. */
    String report() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format("%-16s %6s %8s %8s%n", "must be masked", "items", "recall", "gone"));
        recall.forEach((kind, t) -> out.append(row(kind, t, true)));
        out.append(row("OVERALL", recallOverall, true));
        out.append(String.format("%n%-16s %6s %8s%n", "must be kept", "items", "kept"));
        keep.forEach((kind, t) -> out.append(row(kind, t, false)));
        out.append(row("OVERALL", keepOverall, false));
        out.append(String.format("%n%d misses%n", misses.size()));
        misses.forEach(m -> out.append(m).append('\n'));
        return out.toString();
    }

    private static String row(final String kind, final Tally t, final boolean withGone) {
        return withGone
                ? String.format(
                        "%-16s %6d %8.3f %8.3f%n",
                        kind, t.total, t.share(), t.total == 0 ? 1.0 : (double) t.gone / t.total)
                : String.format("%-16s %6d %8.3f%n", kind, t.total, t.share());
    }
}
