package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Creates the seed's resume bucket ({@code hirehub-resumes-{env}}) on whichever S3 endpoint is in use. */
public final class BucketSetup implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(BucketSetup.class);

    @Override
    public String name() {
        return "s3-bucket";
    }

    @Override
    public List<String> after() {
        return List.of("s3");
    }

    @Override
    public void start(final StackContext context) {
        final Endpoints.S3 s3 = context.s3();
        try (S3Client client = S3Clients.create(s3)) {
            ensureBucket(client, s3.bucket());
        }
    }

    /** Creates {@code bucket} unless it exists; returns true when it was created. */
    public static boolean ensureBucket(final S3Client client, final String bucket) {
        try {
            client.headBucket(b -> b.bucket(bucket));
            LOG.info("Bucket {} exists", bucket);
            return false;
        } catch (NoSuchBucketException e) {
            try {
                client.createBucket(b -> b.bucket(bucket));
                LOG.info("Created bucket {}", bucket);
                return true;
            } catch (BucketAlreadyOwnedByYouException raced) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        // Nothing held between start and stop.
    }
}
