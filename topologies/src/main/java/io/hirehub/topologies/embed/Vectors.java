package io.hirehub.topologies.embed;

/**
 * The vector arithmetic of embeddings, shared by the pipelines that make them and matching that
 * compares them. Two precisions on purpose: {@link #norm} sums in double (normalising stored
 * embeddings), {@link #dot} and {@link #fastNorm} sum in float with four accumulators (scoring
 * millions of pairs, where a cosine needs three digits).
 */
public final class Vectors {

    private Vectors() {}

    /** L2 norm, summed in double. */
    public static double norm(final float[] vector) {
        double sum = 0;
        for (final float value : vector) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }

    /** L2 norm at {@link #dot}'s precision, so that {@code dot / (fastNorm · fastNorm)} is a consistent cosine; 0 for {@code null}. */
    public static double fastNorm(final float[] vector) {
        return vector == null ? 0 : Math.sqrt(dot(vector, vector));
    }

    /**
     * Dot product. Four independent accumulators break the add dependency chain so the CPU
     * overlaps the multiplies; summing in float is enough for a 1536-dim similarity.
     */
    public static float dot(final float[] a, final float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding dimensions differ: " + a.length + " vs " + b.length);
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        final int bound = a.length & ~3;
        int i = 0;
        for (; i < bound; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Cosine similarity summed in double; 0 when either vector is all zeros. */
    public static double cosine(final float[] a, final float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        final double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    /** Cosine similarity at {@link #dot}'s precision; 0 when either vector is all zeros. */
    public static double fastCosine(final float[] a, final float[] b) {
        final double na = fastNorm(a);
        final double nb = fastNorm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    /** Scales {@code vector} in place to unit length (all-zero vectors stay zero). */
    public static float[] normalise(final float[] vector) {
        final double norm = norm(vector);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    /** The unit-length mean of {@code vectors} (the document vector from its chunk vectors). */
    public static float[] normalisedMean(final float[][] vectors, final int dimensions) {
        final float[] mean = new float[dimensions];
        for (final float[] vector : vectors) {
            for (int i = 0; i < dimensions; i++) {
                mean[i] += vector[i];
            }
        }
        return normalise(mean);
    }
}
