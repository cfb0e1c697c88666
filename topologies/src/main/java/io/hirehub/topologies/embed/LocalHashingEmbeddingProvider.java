package io.hirehub.topologies.embed;

import io.hirehub.topologies.skills.SkillVocabulary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.util.StringHelper;

/**
 * The default {@link EmbeddingProvider}: deterministic, no network, no model download.
 *
 * <p>Each text's {@link TextFeatures} (Nori-analysed Korean words, stemmed English words, bigrams,
 * canonical skills, cross-language concepts, sublinear tf) are feature-hashed into
 * {@link #DEFAULT_DIMENSIONS} buckets with MurmurHash3 (bucket from one seed, sign from another, so
 * collisions cancel out on average instead of piling up), then L2-normalised. Texts sharing words
 * and skills therefore get a high cosine similarity; a text with no features maps to the zero
 * vector. The same input always gives the same bits, on every JVM.
 */
public final class LocalHashingEmbeddingProvider implements EmbeddingProvider {

    public static final int DEFAULT_DIMENSIONS = 1536;
    public static final String MODEL_ID = "hirehub-local-hash-v2";
    private static final int BUCKET_SEED = 0x5eed;
    private static final int SIGN_SEED = 0x51a7;

    private final int dimensions;
    private final TextFeatures features;

    public LocalHashingEmbeddingProvider(final int dimensions, final SkillVocabulary vocabulary) {
        if (dimensions < 16) {
            throw new IllegalArgumentException("embedding.dimensions must be at least 16, was " + dimensions);
        }
        this.dimensions = dimensions;
        this.features = new TextFeatures(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    public LocalHashingEmbeddingProvider() {
        this(DEFAULT_DIMENSIONS, SkillVocabulary.builtIn());
    }

    @Override
    public float[][] embed(final List<String> texts) {
        final float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = embedOne(texts.get(i));
        }
        return vectors;
    }

    float[] embedOne(final String text) {
        final float[] vector = new float[dimensions];
        for (final Map.Entry<String, Double> feature : features.extract(text).entrySet()) {
            final byte[] bytes = feature.getKey().getBytes(StandardCharsets.UTF_8);
            final int bucket =
                    Math.floorMod(StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, BUCKET_SEED), dimensions);
            final int sign = (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, SIGN_SEED) & 1) == 0 ? 1 : -1;
            vector[bucket] += (float) (sign * feature.getValue());
        }
        return Vectors.normalise(vector);
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }
}
