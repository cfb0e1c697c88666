package io.hirehub.topologies.resume.pipeline;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** {@link ObjectStore} on an AWS SDK v2 {@link S3Client} (S3, S3Proxy, MinIO). The caller owns the client. */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;

    public S3ObjectStore(final S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    @Override
    public Optional<byte[]> get(final String bucket, final String key) {
        try {
            return Optional.of(
                    s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (final NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(final String bucket, final String key, final byte[] bytes, final String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }
}
