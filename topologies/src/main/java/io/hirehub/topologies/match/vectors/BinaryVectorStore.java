package io.hirehub.topologies.match.vectors;

import java.util.Arrays;

/**
 * Sign bits of a shard's embeddings (bit d set when component d &gt; 0), scanned by Hamming distance.
 * For vectors at angle θ the expected share of differing bits is θ/π, so a small Hamming distance
 * means a high cosine. One 1536-dim vector is 24 longs (192 bytes): 100,000 vectors take 19 MB and a
 * scan is 2.4 million xor+popcount steps. The estimate is coarse, so callers scan several times
 * the candidates they need and re-rank them exactly.
 *
 * <p>Rows are contiguous in one {@code long[]} (slot × words) over {@link DenseVectorStore}'s dense
 * slots. Not thread-safe.
 */
public final class BinaryVectorStore extends DenseVectorStore {

    private static final int INITIAL_CAPACITY = 1024;

    private final int words;
    private long[] bits;

    public BinaryVectorStore(final int dims) {
        super(dims, INITIAL_CAPACITY);
        this.words = (dims + 63) >>> 6;
        this.bits = new long[INITIAL_CAPACITY * words];
    }

    @Override
    void grow(final int capacity) {
        bits = Arrays.copyOf(bits, capacity * words);
    }

    @Override
    void store(final int slot, final float[] vector) {
        signs(vector, bits, slot * words);
    }

    @Override
    void move(final int from, final int to) {
        System.arraycopy(bits, from * words, bits, to * words, words);
    }

    @Override
    void release(final int slot) {
        Arrays.fill(bits, slot * words, (slot + 1) * words, 0L);
    }

    /** Slots with the smallest Hamming distance to {@code query}'s sign bits (ties: lower slot). */
    @Override
    int[] scanSlots(final float[] query, final int k) {
        final int size = size();
        final long[] q = new long[words];
        signs(query, q, 0);
        final TopK top = new TopK(k);
        final long[] rows = bits;
        for (int slot = 0; slot < size; slot++) {
            final int base = slot * words;
            int distance = 0;
            for (int w = 0; w < words; w++) {
                distance += Long.bitCount(q[w] ^ rows[base + w]);
            }
            final float score = -distance;
            if (score >= top.threshold()) {
                top.offer(score, slot);
            }
        }
        return top.sortedSlots();
    }

    private static void signs(final float[] vector, final long[] out, final int offset) {
        final int words = (vector.length + 63) >>> 6;
        for (int w = 0; w < words; w++) {
            long word = 0;
            final int start = w << 6;
            final int end = Math.min(vector.length, start + 64);
            for (int d = start; d < end; d++) {
                if (vector[d] > 0) {
                    word |= 1L << (d - start);
                }
            }
            out[offset + w] = word;
        }
    }
}
