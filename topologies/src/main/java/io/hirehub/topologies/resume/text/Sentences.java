package io.hirehub.topologies.resume.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Korean-aware sentence splitting for summaries and chunking. Every line is at least one unit
 * (resumes are mostly bullet lines without final punctuation); inside a line a sentence ends at
 * {@code . ! ? 。 ！ ？} followed by whitespace, so decimals ({@code 3.2}), versions
 * ({@code Node.js}) and dates ({@code 2019.03}) never split. Bullets and Markdown markers are
 * removed from the start of each unit.
 */
public final class Sentences {

    /** A sentence end, unless the dot closes an abbreviation such as B.S., e.g., Dr. or Inc. */
    private static final Pattern END = Pattern.compile("(?<=[.!?。！？])(?<!\\b[A-Za-z]\\.)"
            + "(?<!\\b(?:[A-Z]\\.[A-Z]|[A-Z]\\.[A-Z]\\.[A-Z]|Dr|St|Mr|Ms|Mrs|Inc|Co|Ltd|Jr|Sr|vs|etc|e\\.g|i\\.e|No|approx)\\.)"
            + "\\s+");

    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:[-•*·▪◦○●■□▶►✓✔#>]+|\\d{1,2}[.)])\\s*");

    private Sentences() {}

    public static List<String> split(final String text) {
        final List<String> sentences = new ArrayList<>();
        for (final String line : text.split("\n")) {
            final String stripped =
                    LEADING_MARKS.matcher(line.strip()).replaceFirst("").strip();
            if (stripped.isEmpty()) {
                continue;
            }
            for (final String part : END.split(stripped)) {
                final String sentence = part.strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }
}
