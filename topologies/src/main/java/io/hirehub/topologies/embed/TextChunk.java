package io.hirehub.topologies.embed;

import java.util.Objects;

/** One piece of masked resume text, as {@code resume_embeddings.chunk_index}/{@code chunk_text}. */
public record TextChunk(int chunkIndex, String chunkText) {

    public TextChunk {
        Objects.requireNonNull(chunkText, "chunkText");
    }
}
