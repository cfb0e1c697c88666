package io.hirehub.topologies.match.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Embeddings of one shard, int8-quantised, for brute-force pre-selection by approximate cosine.
 *
 * <p>Quantisation is symmetric per vector: {@code q = round(v / s)} in [−127, 127] with
 * {@code s = max|v| / 127}; the approximate cosine is {@code s_query · s_v · Σ q_query q_v / (‖query‖ ‖v‖)}.
 * Its error (about 0.001) is far below the spread of the top scores, and callers re-rank exactly.
 *
 * <p>Layout and kernel: slots are dense ({@link DenseVectorStore}) and grouped in blocks of {@link #BLOCK} vectors stored dimension-major. Each byte is kept biased
 * ({@code u = q + 128}, 0–255) and eight lanes of one dimension share a {@code long}. The scan
 * multiplies a whole long by the (biased) query byte at once, SWAR style: masking with
 * {@code 0x000000FF000000FF} after shifts of 0/8/16/24 spreads the eight bytes over four longs
 * with two 32-bit fields each, so one 64-bit multiply-add serves two lanes and 1536 products of
 * at most 255 × 255 never carry between fields. Java 17's JIT does not vectorise byte→int loops,
 * but this same-type long loop is plain, unit-stride and branch-free (and vectorises where the
 * CPU has 64-bit vector multiplies). The bias is removed exactly afterwards:
 * {@code Σ q_query q_v = Σ u_query u_v − 128 Σ q_v − 128 Σ q_query − 128² · dims},
 * with {@code Σ q_v} kept per slot. 100,000 × 1536 dims take 154 MB instead of 614 MB as floats.
 *
 * <p>Not thread-safe: one stream task owns one store. Cost: put/remove O(dim), scan O(n · dim).
 */
public final class Int8VectorStore extends DenseVectorStore {

    /** Vectors per block (a block of 1536 dims is 384 KiB). */
    public static final int BLOCK = 256;

    private static final int WORDS = BLOCK / 8;
    private static final long FIELDS = 0x000000FF000000FFL;
    private static final int BIAS = 128;

    private final List<long[]> blocks = new ArrayList<>();
    /** Per slot: quantisation scale divided by the vector's norm, so scores approximate cosine. */
    private float[] factors = new float[BLOCK];
    /** Per slot: sum of the quantised (unbiased) components, to remove the bias. */
    private int[] sums = new int[BLOCK];

    public Int8VectorStore(final int dims) {
        super(dims, BLOCK);
    }

    @Override
    void grow(final int capacity) {
        factors = Arrays.copyOf(factors, capacity);
        sums = Arrays.copyOf(sums, capacity);
    }

    /** A zero vector is stored and scores 0. */
    @Override
    void store(final int slot, final float[] vector) {
        while (blocks.size() * BLOCK <= slot) {
            final long[] block = new long[WORDS * dims()];
            // every byte biased zero, so unused lanes read as the zero vector
            Arrays.fill(block, 0x8080808080808080L);
            blocks.add(block);
        }
        final byte[] q = new byte[dims()];
        factors[slot] = quantise(vector, q);
        int sum = 0;
        for (int d = 0; d < q.length; d++) {
            setByte(slot, d, q[d] + BIAS);
            sum += q[d];
        }
        sums[slot] = sum;
    }

    @Override
    void move(final int from, final int to) {
        for (int d = 0; d < dims(); d++) {
            setByte(to, d, getByte(from, d));
        }
        factors[to] = factors[from];
        sums[to] = sums[from];
    }

    @Override
    void release(final int slot) {
        factors[slot] = 0;
        sums[slot] = 0;
        // Drop a trailing block that became empty so a shrinking shard gives memory back.
        if (slot % BLOCK == 0 && blocks.size() > 1 && blocks.size() - 1 == slot / BLOCK) {
            blocks.remove(blocks.size() - 1);
        }
    }

    /** The {@code k} slots with the highest approximate cosine to {@code query}, best first. */
    @Override
    int[] scanSlots(final float[] query, final int k) {
        final int size = size();
        final Query q = new Query(query);
        final TopK top = new TopK(k);
        final long[][] acc = new long[4][WORDS];
        for (int b = 0; b * BLOCK < size; b++) {
            dotBlock(blocks.get(b), q.biased, acc);
            final int base = b * BLOCK;
            final int lanes = Math.min(BLOCK, size - base);
            for (int lane = 0; lane < lanes; lane++) {
                final float score = q.cosine(field(acc, lane), base + lane);
                if (score > top.threshold()) {
                    top.offer(score, base + lane);
                } else if (top.size() < top.capacity()) {
                    top.offer(score, base + lane);
                }
            }
        }
        return top.sortedSlots();
    }

    /** Approximate cosine of one slot, for tests and recall measurement. */
    float approximateCosine(final float[] query, final int slot) {
        final Query q = new Query(query);
        final long[][] acc = new long[4][WORDS];
        dotBlock(blocks.get(slot / BLOCK), q.biased, acc);
        return q.cosine(field(acc, slot % BLOCK), slot);
    }

    /** A quantised query and what un-biasing needs. */
    private final class Query {
        private final long[] biased = new long[dims()];
        private final float factor;
        private final long constant;

        Query(final float[] query) {
            final byte[] q = new byte[dims()];
            factor = quantise(query, q);
            long sum = 0;
            for (int d = 0; d < q.length; d++) {
                biased[d] = q[d] + BIAS;
                sum += q[d];
            }
            constant = (long) BIAS * sum + (long) BIAS * BIAS * q.length;
        }

        float cosine(final long biasedDot, final int slot) {
            final long dot = biasedDot - (long) BIAS * sums[slot] - constant;
            return dot * factors[slot] * factor;
        }
    }

    /** Σ u_query u_v for every lane of a block: four accumulators of two 32-bit fields per word. */
    private void dotBlock(final long[] block, final long[] query, final long[][] acc) {
        final long[] acc0 = acc[0];
        final long[] acc1 = acc[1];
        final long[] acc2 = acc[2];
        final long[] acc3 = acc[3];
        Arrays.fill(acc0, 0);
        Arrays.fill(acc1, 0);
        Arrays.fill(acc2, 0);
        Arrays.fill(acc3, 0);
        for (int d = 0; d < query.length; d++) {
            final long qd = query[d];
            final int offset = d * WORDS;
            for (int w = 0; w < WORDS; w++) {
                final long x = block[offset + w];
                acc0[w] += (x & FIELDS) * qd;
                acc1[w] += ((x >>> 8) & FIELDS) * qd;
                acc2[w] += ((x >>> 16) & FIELDS) * qd;
                acc3[w] += ((x >>> 24) & FIELDS) * qd;
            }
        }
    }

    /** Lane j sits in word j/8, accumulator (j%8)%4, low field for j%8 &lt; 4 else high. */
    private static long field(final long[][] acc, final int lane) {
        final int k = lane & 7;
        final long word = acc[k & 3][lane >>> 3];
        return k < 4 ? word & 0xFFFFFFFFL : word >>> 32;
    }

    private void setByte(final int slot, final int d, final int unsigned) {
        final long[] block = blocks.get(slot / BLOCK);
        final int lane = slot % BLOCK;
        final int index = d * WORDS + (lane >>> 3);
        final int shift = (lane & 7) << 3;
        block[index] = (block[index] & ~(0xFFL << shift)) | ((long) (unsigned & 0xFF) << shift);
    }

    private int getByte(final int slot, final int d) {
        final long[] block = blocks.get(slot / BLOCK);
        final int lane = slot % BLOCK;
        return (int) (block[d * WORDS + (lane >>> 3)] >>> ((lane & 7) << 3)) & 0xFF;
    }

    /** Fills {@code out} with the quantised vector; returns scale / norm (0 for a zero vector). */
    private static float quantise(final float[] vector, final byte[] out) {
        float maxAbs = 0;
        double squares = 0;
        for (final float v : vector) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
            squares += (double) v * v;
        }
        if (maxAbs == 0 || !Float.isFinite(maxAbs)) {
            Arrays.fill(out, (byte) 0);
            return 0;
        }
        final float scale = maxAbs / 127f;
        for (int d = 0; d < vector.length; d++) {
            out[d] = (byte) Math.round(vector[d] / scale);
        }
        return (float) (scale / Math.sqrt(squares));
    }
}
