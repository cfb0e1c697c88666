package io.hirehub.topologies.resume;

import java.util.Arrays;
import java.util.Objects;

/** One {@code resume_embeddings} row: chunk index, masked chunk text, its vector. */
public record ChunkEmbedding(int chunkIndex, String chunkText, float[] embedding) {

    public ChunkEmbedding {
        Objects.requireNonNull(chunkText, "chunkText");
        Objects.requireNonNull(embedding, "embedding");
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof ChunkEmbedding that
                && chunkIndex == that.chunkIndex
                && chunkText.equals(that.chunkText)
                && Arrays.equals(embedding, that.embedding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chunkIndex, chunkText, Arrays.hashCode(embedding));
    }

    @Override
    public String toString() {
        return "ChunkEmbedding[chunkIndex=" + chunkIndex + ", chars=" + chunkText.length() + ", dimensions="
                + embedding.length + "]";
    }
}
