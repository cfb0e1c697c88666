package io.hirehub.topologies.embed;

import io.hirehub.topologies.resume.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits masked text into overlapping chunks for {@code resume_embeddings}.
 *
 * <p>Sentences (see {@link Sentences}) are packed greedily, joined by newlines, into chunks of at
 * most {@code maxChars} characters (default 1,000 ≈ 250–500 tokens, far below Titan's 8k limit
 * and small enough that a chunk is about one job or section). Each chunk after the first starts
 * with the last sentences of the previous one, up to {@code overlapChars} (default 200), so a fact
 * split across a boundary is whole in at least one chunk. A single sentence longer than
 * {@code maxChars} is cut into windows of {@code maxChars} that overlap by {@code overlapChars}.
 */
public final class Chunker {

    public static final int DEFAULT_MAX_CHARS = 1000;
    public static final int DEFAULT_OVERLAP_CHARS = 200;

    private final int maxChars;
    private final int overlapChars;

    public Chunker(final int maxChars, final int overlapChars) {
        if (maxChars < 50) {
            throw new IllegalArgumentException("embedding.chunk.max.chars must be at least 50, was " + maxChars);
        }
        if (overlapChars < 0 || overlapChars >= maxChars / 2) {
            throw new IllegalArgumentException(
                    "embedding.chunk.overlap.chars must be 0.." + (maxChars / 2 - 1) + ", was " + overlapChars);
        }
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
    }

    public Chunker() {
        this(DEFAULT_MAX_CHARS, DEFAULT_OVERLAP_CHARS);
    }

    public List<TextChunk> chunk(final String text) {
        final List<String> pieces = new ArrayList<>();
        for (final String sentence : Sentences.split(text)) {
            pieces.addAll(window(sentence));
        }
        final List<TextChunk> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (final String piece : pieces) {
            final int added = (current.isEmpty() ? 0 : 1) + piece.length();
            if (length + added > maxChars && !current.isEmpty()) {
                chunks.add(new TextChunk(chunks.size(), String.join("\n", current)));
                current = overlapTail(current);
                length = String.join("\n", current).length();
                if (length + 1 + piece.length() > maxChars) {
                    current = new ArrayList<>(); // the overlap would push this chunk over the limit
                    length = 0;
                }
            }
            length += (current.isEmpty() ? 0 : 1) + piece.length();
            current.add(piece);
        }
        if (!current.isEmpty()) {
            chunks.add(new TextChunk(chunks.size(), String.join("\n", current)));
        }
        return chunks;
    }

    private List<String> overlapTail(final List<String> previous) {
        final List<String> tail = new ArrayList<>();
        int length = 0;
        for (int i = previous.size() - 1; i >= 0; i--) {
            final int added = previous.get(i).length() + (tail.isEmpty() ? 0 : 1);
            if (length + added > overlapChars) {
                break;
            }
            tail.add(0, previous.get(i));
            length += added;
        }
        return tail;
    }

    private List<String> window(final String sentence) {
        if (sentence.length() <= maxChars) {
            return List.of(sentence);
        }
        final List<String> windows = new ArrayList<>();
        final int step = maxChars - overlapChars;
        for (int start = 0; start < sentence.length(); start += step) {
            windows.add(sentence.substring(start, Math.min(sentence.length(), start + maxChars)));
            if (start + maxChars >= sentence.length()) {
                break;
            }
        }
        return windows;
    }
}
