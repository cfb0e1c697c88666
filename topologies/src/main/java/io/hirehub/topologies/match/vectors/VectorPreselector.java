package io.hirehub.topologies.match.vectors;

/**
 * A shard's embeddings held compactly for brute-force candidate pre-selection. Slots are dense
 * (0 … size−1) and may move when a vector is removed, so a slot is only valid until the next
 * put/remove. Implementations are not thread-safe.
 */
public interface VectorPreselector {

    /** Dimensions of every vector. */
    int dims();

    /** Vectors held. */
    int size();

    /** Adds or replaces the vector of {@code id}. */
    void put(String id, float[] vector);

    /** Removes the vector of {@code id}; returns whether it was there. */
    boolean remove(String id);

    /** Id held in a slot returned by {@link #scan}. */
    String id(int slot);

    /** Slots of the {@code k} vectors most similar to {@code query} by this store's estimate, best first. */
    int[] scan(float[] query, int k);
}
