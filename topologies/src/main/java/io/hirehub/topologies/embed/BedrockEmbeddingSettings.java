package io.hirehub.topologies.embed;

import io.hirehub.topologies.resume.provider.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of Amazon Bedrock Titan text embeddings.
 *
 * <p>Models: {@code amazon.titan-embed-text-v1} always returns 1,536 floats, the width of the
 * seed's {@code vector(1536)} columns, and is the default. {@code amazon.titan-embed-text-v2:0}
 * returns 256, 512 or 1,024 normalised floats ({@code modelDimensions}); its vectors are
 * zero-padded to {@code storeDimensions} (1,536), which changes neither norms nor cosine
 * similarities, so both models fit the same columns. Vectors of different models are not
 * comparable with each other: switching model means re-embedding.
 *
 * @param region          AWS region ({@code bedrock.region}), e.g. {@code us-east-1}
 * @param endpoint        endpoint override ({@code bedrock.endpoint}), e.g. a local stub or VPC endpoint
 * @param modelId         Titan model id ({@code bedrock.embedding.model})
 * @param modelDimensions floats the model returns ({@code bedrock.embedding.dimensions})
 * @param storeDimensions floats per stored vector, at least {@code modelDimensions}
 * @param timeout         timeout of one API call attempt ({@code bedrock.timeout})
 * @param retry           retries for throttling, 5xx, timeouts and connection errors
 * @param accessKeyId     static credentials (tests, stubs); absent → the default AWS credentials chain
 * @param secretAccessKey secret of {@code accessKeyId} (never logged)
 */
public record BedrockEmbeddingSettings(
        String region,
        Optional<URI> endpoint,
        String modelId,
        int modelDimensions,
        int storeDimensions,
        Duration timeout,
        RetrySettings retry,
        Optional<String> accessKeyId,
        Optional<String> secretAccessKey) {

    public static final String TITAN_V1 = "amazon.titan-embed-text-v1";
    public static final String TITAN_V2 = "amazon.titan-embed-text-v2:0";
    private static final Set<Integer> V2_DIMENSIONS = Set.of(256, 512, 1024);

    public BedrockEmbeddingSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("bedrock.region must not be blank");
        }
        if (TITAN_V1.equals(modelId)) {
            if (modelDimensions != 1536) {
                throw new IllegalArgumentException(
                        "bedrock.embedding.dimensions must be 1536 for " + TITAN_V1 + ", was " + modelDimensions);
            }
        } else if (TITAN_V2.equals(modelId)) {
            if (!V2_DIMENSIONS.contains(modelDimensions)) {
                throw new IllegalArgumentException("bedrock.embedding.dimensions must be 256, 512 or 1024 for "
                        + TITAN_V2 + ", was " + modelDimensions);
            }
        } else {
            throw new IllegalArgumentException(
                    "bedrock.embedding.model must be " + TITAN_V1 + " or " + TITAN_V2 + ", was " + modelId);
        }
        if (storeDimensions < modelDimensions) {
            throw new IllegalArgumentException("embedding store dimensions " + storeDimensions
                    + " must be at least the model's " + modelDimensions);
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("bedrock.timeout must be a positive duration, was " + timeout);
        }
        if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
            throw new IllegalArgumentException("bedrock access key id and secret must be given together");
        }
    }

    /** Titan v1 (1536) in {@code region} with default credentials, 30 s timeout, default retries. */
    public static BedrockEmbeddingSettings titanV1(final String region) {
        return new BedrockEmbeddingSettings(
                region,
                Optional.empty(),
                TITAN_V1,
                1536,
                1536,
                Duration.ofSeconds(30),
                RetrySettings.DEFAULT,
                Optional.empty(),
                Optional.empty());
    }

    public boolean isV2() {
        return TITAN_V2.equals(modelId);
    }

    @Override
    public String toString() {
        return "BedrockEmbeddingSettings[region=" + region + ", endpoint=" + endpoint + ", modelId=" + modelId
                + ", modelDimensions=" + modelDimensions + ", storeDimensions=" + storeDimensions + ", timeout="
                + timeout + ", retry=" + retry + ", credentials="
                + (accessKeyId.isPresent() ? "static" : "default chain")
                + "]";
    }
}
