package io.hirehub.topologies.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign bits of a shard's embeddings (bit d set when component d &gt; 0), scanned by Hamming distance.
 * For vectors at angle θ the expected share of differing bits is θ/π, so a small Hamming distance
 * means a high cosine. One 1536-dim vector is 24 longs (192 bytes): 100,000 vectors take 19 MB and a
 * scan is 2.4 million xor+popcount steps. The estimate is coarse, so callers scan several times
 * the candidates they need and re-rank them exactly.
 *
 * <p>Rows are contiguous in one {@code long[]} (slot × words), dense, removal by moving the last
 * row into the hole. Not thread-safe.
 */
public final class BinaryVectorStore implements VectorPreselector {

    private final int dims;
    private final int words;
    private final Map<String, Integer> slotById = new HashMap<>();
    private String[] ids = new String[1024];
    private long[] bits;
    private int size;

    public BinaryVectorStore(final int dims) {
        Settings.requirePositive("dims", dims);
        this.dims = dims;
        this.words = (dims + 63) >>> 6;
        this.bits = new long[ids.length * words];
    }

    @Override
    public int dims() {
        return dims;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void put(final String id, final float[] vector) {
        if (vector.length != dims) {
            throw new IllegalArgumentException(
                    "vector of '" + id + "' has " + vector.length + " dimensions, expected " + dims);
        }
        Integer slot = slotById.get(id);
        if (slot == null) {
            slot = size++;
            if (size > ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
                bits = Arrays.copyOf(bits, ids.length * words);
            }
            slotById.put(id, slot);
            ids[slot] = id;
        }
        signs(vector, bits, slot * words);
    }

    @Override
    public boolean remove(final String id) {
        final Integer slot = slotById.remove(id);
        if (slot == null) {
            return false;
        }
        final int last = --size;
        if (slot != last) {
            System.arraycopy(bits, last * words, bits, slot * words, words);
            ids[slot] = ids[last];
            slotById.put(ids[slot], slot);
        }
        Arrays.fill(bits, last * words, (last + 1) * words, 0L);
        ids[last] = null;
        return true;
    }

    @Override
    public String id(final int slot) {
        if (slot < 0 || slot >= size) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + size);
        }
        return ids[slot];
    }

    /** Slots with the smallest Hamming distance to {@code query}'s sign bits (ties: lower slot). */
    @Override
    public int[] scan(final float[] query, final int k) {
        if (query.length != dims) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, expected " + dims);
        }
        if (size == 0) {
            return new int[0];
        }
        final long[] q = new long[words];
        signs(query, q, 0);
        final TopK top = new TopK(Math.min(k, size));
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
