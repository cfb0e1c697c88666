package io.hirehub.topologies.match.vectors;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the scoring indexes pre-select candidates ({@code match.preselect.mode}). */
public enum PreselectMode {
    /**
     * int8 scan of every vector ({@link Int8VectorStore}): approximate cosine within about 0.001 of
     * the exact value; recall stays ≈ 1 even on hard (isotropic) data. 1 byte per dimension.
     */
    INT8,
    /**
     * Sign-bit scan by Hamming distance ({@link BinaryVectorStore}, 64 dimensions per popcount) of
     * {@code k × oversample} vectors, then exact float cosine re-rank down to {@code k}. Several
     * times faster and 1 bit per dimension; recall depends on the data having real neighbours
     * (text embeddings do; isotropic random vectors are its worst case).
     */
    BINARY;

    /** Lower-case name, as in configuration. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code int8} / {@code binary} with an exact error. */
    public static PreselectMode fromCode(final String code) {
        for (final PreselectMode mode : values()) {
            if (mode.code().equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("match.preselect.mode must be one of int8, binary, got '" + code + "'");
    }
}
