package io.hirehub.topologies.match.vectors;

import io.hirehub.topologies.embed.Vectors;
import java.util.List;
import java.util.function.Function;

/**
 * Candidate pre-selection behind the scoring indexes (one per side of a pair): a brute-force scan
 * of a compact {@link VectorPreselector}; in {@link PreselectMode#BINARY} mode the scan keeps
 * {@code k × oversample} vectors which are then re-ranked by exact cosine on the full-precision
 * embeddings (held by the prepared profiles) down to {@code k}.
 */
public final class Preselection {

    private final PreselectMode mode;
    private final int oversample;
    private final VectorPreselector store;

    public Preselection(final PreselectMode mode, final int oversample, final int dims) {
        this.mode = mode;
        this.oversample = oversample;
        this.store = mode == PreselectMode.BINARY ? new BinaryVectorStore(dims) : new Int8VectorStore(dims);
    }

    public void put(final String id, final float[] vector) {
        store.put(id, vector);
    }

    public void remove(final String id) {
        store.remove(id);
    }

    public int size() {
        return store.size();
    }

    /**
     * Ids of the {@code k} best candidates for {@code query}, best first.
     *
     * @param embeddingOf full-precision embedding of a held id (for the exact re-rank)
     */
    public List<String> candidates(final float[] query, final int k, final Function<String, float[]> embeddingOf) {
        if (mode == PreselectMode.INT8) {
            return ids(store.scan(query, k));
        }
        final int wide = (int) Math.min(Integer.MAX_VALUE, (long) k * oversample);
        final int[] slots = store.scan(query, wide);
        if (slots.length <= k) {
            return ids(slots);
        }
        final double queryNorm = Vectors.fastNorm(query);
        final TopK top = new TopK(k);
        for (final int slot : slots) {
            final float[] vector = embeddingOf.apply(store.id(slot));
            final double norm = Vectors.fastNorm(vector);
            final float cosine =
                    norm == 0 || queryNorm == 0 ? 0f : (float) (Vectors.dot(query, vector) / (norm * queryNorm));
            top.offer(cosine, slot);
        }
        return ids(top.sortedSlots());
    }

    private List<String> ids(final int[] slots) {
        final String[] ids = new String[slots.length];
        for (int i = 0; i < slots.length; i++) {
            ids[i] = store.id(slots[i]);
        }
        return List.of(ids);
    }
}
