package io.hirehub.edge.resumes;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** {@link ResumeFiles} on S3 (or S3Proxy): SigV4 presigned GETs that expire. */
public final class S3ResumeFiles implements ResumeFiles {

    private final S3Presigner presigner;

    public S3ResumeFiles(final S3Presigner presigner) {
        this.presigner = Objects.requireNonNull(presigner, "presigner");
    }

    @Override
    public URI presignedGet(final String fileUrl, final String fileName, final Duration ttl) {
        if (fileUrl == null || !fileUrl.startsWith("s3://") || fileUrl.indexOf('/', 5) < 0) {
            throw new IllegalArgumentException("not an s3://bucket/key URL: " + fileUrl);
        }
        final int slash = fileUrl.indexOf('/', 5);
        final String bucket = fileUrl.substring(5, slash);
        final String key = fileUrl.substring(slash + 1);
        final String disposition = "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        try {
            return presigner
                    .presignGetObject(p -> p.signatureDuration(ttl)
                            .getObjectRequest(g -> g.bucket(bucket).key(key).responseContentDisposition(disposition)))
                    .url()
                    .toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigned URL is not a URI", e);
        }
    }
}
