package io.hirehub.topologies.resume.embed;

/** Small vector helpers: norms, cosine similarity, normalisation, mean. */
public final class Vectors {

    private Vectors() {}

    public static double norm(final float[] vector) {
        double sum = 0;
        for (final float value : vector) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
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
