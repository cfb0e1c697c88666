package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.testsupport.SharedStack;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The embedded S3Proxy through the same aws-sdk-java-v2 client the app uses against Amazon S3. */
class ObjectStoreIT {

    private final SharedStack stack = SharedStack.get();

    @Test
    void shouldCreateTheSeedResumeBucketAtStartUp() {
        assertThat(stack.bucket()).isEqualTo("hirehub-resumes-it");
        assertThat(stack.s3Client().listBuckets().buckets())
                .anySatisfy(b -> assertThat(b.name()).isEqualTo(stack.bucket()));
    }

    @Test
    void shouldPutAnObjectAndReadItBack() {
        final S3Client s3 = stack.s3Client();
        // The seed's layout: original/{user_id}/{resume_id}/{filename}, file names often Korean.
        final String key = "original/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/홍길동 이력서.txt";
        final String body = "홍길동 — Java, Kafka, PostgreSQL\n".repeat(100);

        // A bare media type: S3Proxy 2.6 refuses a signed Content-Type with parameters ("; charset=...") with 403.
        s3.putObject(
                b -> b.bucket(stack.bucket()).key(key).contentType("text/plain"),
                RequestBody.fromString(body, StandardCharsets.UTF_8));
        final ResponseBytes<GetObjectResponse> read =
                s3.getObjectAsBytes(b -> b.bucket(stack.bucket()).key(key));

        assertThat(read.asUtf8String()).isEqualTo(body);
        assertThat(read.response().contentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(s3.listObjectsV2(b -> b.bucket(stack.bucket()).prefix(key)).contents())
                .singleElement()
                .satisfies(o -> assertThat(o.key()).isEqualTo(key));
    }

    @Test
    void shouldAnswerNoSuchKeyForAMissingObject() {
        assertThatThrownBy(() -> stack.s3Client()
                        .getObjectAsBytes(b -> b.bucket(stack.bucket()).key("missing/" + UUID.randomUUID())))
                .isInstanceOf(NoSuchKeyException.class);
    }
}
