package io.hirehub.topologies.resume.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * Builds Bedrock runtime clients the same way for every Bedrock provider: region, optional
 * endpoint override (stubs, VPC endpoints), per-attempt timeout, SDK retries off (our
 * {@link RetryPolicy} retries), static credentials or the default AWS chain.
 */
public final class BedrockClients {

    private BedrockClients() {}

    public static BedrockRuntimeClient build(
            final String region,
            final Optional<URI> endpoint,
            final Duration timeout,
            final Optional<String> accessKeyId,
            final Optional<String> secretAccessKey) {
        final BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials(accessKeyId, secretAccessKey))
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(timeout)
                        .apiCallTimeout(timeout.multipliedBy(2))
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(
            final Optional<String> accessKeyId, final Optional<String> secretAccessKey) {
        if (accessKeyId.isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.orElseThrow()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
