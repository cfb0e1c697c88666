package io.hirehub.topologies.match.vectors;

import java.util.Arrays;

/**
 * Bounded min-heap keeping the {@code k} largest (score, slot) pairs seen, on primitive arrays so
 * a scan over 100,000 vectors allocates nothing per element. Among equal scores the lower slot
 * ranks higher, so results do not depend on the offer order.
 */
public final class TopK {

    private final float[] scores;
    private final int[] slots;
    private int size;

    public TopK(final int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be > 0, got " + k);
        }
        this.scores = new float[k];
        this.slots = new int[k];
    }

    /** Smallest score kept once full; −∞ before. Scans may skip anything not above it. */
    public float threshold() {
        return size < scores.length ? Float.NEGATIVE_INFINITY : scores[0];
    }

    /** Offers one pair. */
    public void offer(final float score, final int slot) {
        if (size < scores.length) {
            scores[size] = score;
            slots[size] = slot;
            siftUp(size++);
        } else if (worse(scores[0], slots[0], score, slot)) {
            scores[0] = score;
            slots[0] = slot;
            siftDown(0);
        }
    }

    public int size() {
        return size;
    }

    /** The k this heap keeps. */
    public int capacity() {
        return scores.length;
    }

    /** Slots kept, best first. */
    public int[] sortedSlots() {
        final Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> worse(scores[a], slots[a], scores[b], slots[b])
                        ? 1
                        : worse(scores[b], slots[b], scores[a], slots[a]) ? -1 : 0);
        final int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = slots[order[i]];
        }
        return out;
    }

    /** Whether (s1, slot1) ranks below (s2, slot2). */
    private static boolean worse(final float s1, final int slot1, final float s2, final int slot2) {
        return s1 < s2 || (s1 == s2 && slot1 > slot2);
    }

    private void siftUp(int i) {
        while (i > 0) {
            final int parent = (i - 1) >>> 1;
            if (!worse(scores[i], slots[i], scores[parent], slots[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            final int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            final int right = left + 1;
            int smallest = left;
            if (right < size && worse(scores[right], slots[right], scores[left], slots[left])) {
                smallest = right;
            }
            if (!worse(scores[smallest], slots[smallest], scores[i], slots[i])) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(final int a, final int b) {
        final float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        final int t = slots[a];
        slots[a] = slots[b];
        slots[b] = t;
    }
}
