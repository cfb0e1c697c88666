package io.hirehub.stack.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the object store is: an external S3 endpoint or the embedded S3Proxy.
 *
 * @param endpoint  external endpoint; empty starts the embedded S3Proxy
 * @param region    region the client signs for
 * @param accessKey access key id
 * @param secretKey secret key (never printed by {@link #toString()})
 * @param port      embedded S3Proxy port (0 = pick a free one)
 * @param bucket    the resume bucket ({@code hirehub-resumes-{env}} unless set)
 */
public record S3Settings(
        Optional<URI> endpoint, String region, String accessKey, String secretKey, int port, String bucket) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(bucket, "bucket");
    }

    public boolean embedded() {
        return endpoint.isEmpty();
    }

    static S3Settings from(final ResolvedConfig config, final String env) {
        final String bucket = config.optional(ConfigKeys.S3_BUCKET).orElse("hirehub-resumes-" + env);
        // S3's bucket naming rules, so a bad name fails here and not at the first upload.
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw config.invalid(
                    config.optional(ConfigKeys.S3_BUCKET).isPresent() ? ConfigKeys.S3_BUCKET : ConfigKeys.ENV,
                    "a value giving a valid S3 bucket name (3-63 of a-z 0-9 . -), got bucket '" + bucket + "'");
        }
        return new S3Settings(
                config.httpUri(ConfigKeys.S3_ENDPOINT),
                config.required(ConfigKeys.S3_REGION),
                config.required(ConfigKeys.S3_ACCESS_KEY),
                config.required(ConfigKeys.S3_SECRET_KEY),
                config.port(ConfigKeys.S3_PORT),
                bucket);
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                + ", secretKey=****, port=" + port + ", bucket=" + bucket + "]";
    }
}
