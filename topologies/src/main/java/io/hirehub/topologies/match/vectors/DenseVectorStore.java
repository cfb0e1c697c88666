package io.hirehub.topologies.match.vectors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The slot bookkeeping both vector encodings share: slots are dense ({@code 0 … size−1}), a new id
 * takes the next slot, and a removal moves the last slot into the hole, so a scan walks one
 * contiguous range with no gaps to skip. An encoding only stores, moves and scans the vector of a
 * slot. Not thread-safe: one stream task owns one store.
 */
abstract class DenseVectorStore implements VectorPreselector {

    private final int dims;
    private final Map<String, Integer> slotById = new HashMap<>();
    private String[] ids;
    private int size;

    DenseVectorStore(final int dims, final int initialCapacity) {
        if (dims <= 0) {
            throw new IllegalArgumentException("dims must be > 0, got " + dims);
        }
        this.dims = dims;
        this.ids = new String[initialCapacity];
    }

    @Override
    public final int dims() {
        return dims;
    }

    @Override
    public final int size() {
        return size;
    }

    public final boolean contains(final String id) {
        return slotById.containsKey(id);
    }

    @Override
    public final String id(final int slot) {
        if (slot < 0 || slot >= size) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + size);
        }
        return ids[slot];
    }

    /** Adds or replaces the vector of {@code id}. */
    @Override
    public final void put(final String id, final float[] vector) {
        if (vector.length != dims) {
            throw new IllegalArgumentException(
                    "vector of '" + id + "' has " + vector.length + " dimensions, expected " + dims);
        }
        Integer slot = slotById.get(id);
        if (slot == null) {
            slot = size++;
            if (size > ids.length) {
                final int capacity = Math.max(size, ids.length * 2);
                ids = Arrays.copyOf(ids, capacity);
                grow(capacity);
            }
            slotById.put(id, slot);
            ids[slot] = id;
        }
        store(slot, vector);
    }

    /** Removes the vector of {@code id}; returns whether it was there. */
    @Override
    public final boolean remove(final String id) {
        final Integer slot = slotById.remove(id);
        if (slot == null) {
            return false;
        }
        final int last = --size;
        if (slot != last) {
            move(last, slot);
            ids[slot] = ids[last];
            slotById.put(ids[slot], slot);
        }
        ids[last] = null;
        release(last);
        return true;
    }

    /** The {@code k} best slots for {@code query} by this encoding's estimate, best first. */
    @Override
    public final int[] scan(final float[] query, final int k) {
        if (query.length != dims) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, expected " + dims);
        }
        return size == 0 ? new int[0] : scanSlots(query, Math.min(k, size));
    }

    /** Makes room for {@code capacity} slots in the per-slot arrays. */
    abstract void grow(int capacity);

    /** Encodes {@code vector} into {@code slot}. */
    abstract void store(int slot, float[] vector);

    /** Copies the encoded vector of slot {@code from} into slot {@code to}. */
    abstract void move(int from, int to);

    /** Slot {@code slot} (the former last one) is unused now. */
    abstract void release(int slot);

    /** The {@code k} best of the {@link #size()} slots, best first; {@code 0 < k <= size}. */
    abstract int[] scanSlots(float[] query, int k);
}
