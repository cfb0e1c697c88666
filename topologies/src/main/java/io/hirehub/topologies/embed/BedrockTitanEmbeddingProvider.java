package io.hirehub.topologies.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.topologies.resume.provider.BedrockClients;
import io.hirehub.topologies.resume.provider.ProviderException;
import io.hirehub.topologies.resume.provider.RetryPolicy;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * {@link EmbeddingProvider} on Amazon Bedrock Titan text embeddings ({@code InvokeModel}, one call
 * per text). The SDK's own retries are off; {@link RetryPolicy} retries throttling, 5xx, timeouts
 * and connection errors with backoff, then the task fails. See {@link BedrockEmbeddingSettings} for
 * models and dimensions. Vectors are L2-normalised.
 */
public final class BedrockTitanEmbeddingProvider implements EmbeddingProvider, AutoCloseable {

    static final String PROVIDER = "bedrock";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BedrockEmbeddingSettings settings;
    private final BedrockRuntimeClient client;
    private final RetryPolicy retry;

    public BedrockTitanEmbeddingProvider(final BedrockEmbeddingSettings settings, final RetryPolicy retry) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.client = BedrockClients.build(
                settings.region(),
                settings.endpoint(),
                settings.timeout(),
                settings.accessKeyId(),
                settings.secretAccessKey());
    }

    public BedrockTitanEmbeddingProvider(final BedrockEmbeddingSettings settings) {
        this(settings, new RetryPolicy(settings.retry()));
    }

    @Override
    public float[][] embed(final List<String> texts) {
        return embedWithUsage(texts).vectors();
    }

    @Override
    public Embeddings embedWithUsage(final List<String> texts) {
        final float[][] vectors = new float[texts.size()][];
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            final String text = texts.get(i);
            final JsonNode answer = retry.execute("bedrock embedding " + settings.modelId(), () -> invoke(text));
            vectors[i] = vector(answer);
            tokens += answer.path("inputTextTokenCount").asInt(0);
        }
        return new Embeddings(vectors, tokens);
    }

    private JsonNode invoke(final String text) {
        final ObjectNode body = JSON.createObjectNode().put("inputText", text);
        if (settings.isV2()) {
            body.put("dimensions", settings.modelDimensions()).put("normalize", true);
        }
        final InvokeModelResponse response;
        try {
            response = client.invokeModel(InvokeModelRequest.builder()
                    .modelId(settings.modelId())
                    .contentType("application/json")
                    .accept("application/json")
                    .body(SdkBytes.fromUtf8String(body.toString()))
                    .build());
        } catch (final BedrockRuntimeException e) {
            final int status = e.statusCode();
            final boolean retryable = status == 429 || status >= 500 || e.isThrottlingException();
            throw new ProviderException(PROVIDER, "HTTP " + status + " " + errorCode(e), retryable, 1, e);
        } catch (final SdkClientException e) {
            throw new ProviderException(PROVIDER, "client error " + e.getClass().getSimpleName(), true, 1, e);
        }
        try {
            return JSON.readTree(response.body().asByteArray());
        } catch (final IOException e) {
            throw new ProviderException(PROVIDER, "response is not JSON", false);
        }
    }

    private float[] vector(final JsonNode answer) {
        final JsonNode embedding = answer.path("embedding");
        if (!embedding.isArray() || embedding.size() != settings.modelDimensions()) {
            throw new ProviderException(
                    PROVIDER,
                    "expected an embedding of " + settings.modelDimensions() + " floats, got "
                            + (embedding.isArray() ? embedding.size() : "none"),
                    false);
        }
        final float[] vector = new float[settings.storeDimensions()];
        for (int i = 0; i < embedding.size(); i++) {
            vector[i] = (float) embedding.get(i).asDouble();
        }
        // v1 vectors are not unit length; normalise so every provider's vectors compare by dot product.
        return Vectors.normalise(vector);
    }

    private static String errorCode(final BedrockRuntimeException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? ""
                : e.awsErrorDetails().errorCode();
    }

    @Override
    public int dimensions() {
        return settings.storeDimensions();
    }

    @Override
    public String modelId() {
        return settings.modelId();
    }

    @Override
    public void close() {
        client.close();
    }
}
