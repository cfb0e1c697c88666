package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.EdgeClient.Answer;
import io.hirehub.edge.EdgeClient.User;
import io.hirehub.testsupport.ResumeFixtures;
import io.hirehub.testsupport.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Resume uploads through the edge: the original in S3 under {@code original/{user_id}/{resume_id}/{filename}},
 * the row (processing) and {@code resume.uploaded} in one transaction; files refused by content, size
 * or name leave no object and no row; downloads are presigned and for the owner only.
 */
class ResumeUploadIT {

    private final EdgeClient client = new EdgeClient();

    @Test
    void shouldStoreTheOriginalThenTheRowAndItsEvent() throws Exception {
        final User jobseeker = client.user("jobseeker");
        final byte[] pdf = ResumeFixtures.pdf();

        final Answer created =
                client.upload(jobseeker.token(), "김민준 이력서.pdf", pdf, Map.of("title", "My CV", "is_primary", "true"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        final JsonNode resume = created.json();
        final String id = resume.path("id").asText();
        assertThat(resume.path("status").asText()).isEqualTo("processing");
        assertThat(resume.path("file_type").asText()).isEqualTo("pdf");
        final String key = "original/" + jobseeker.id() + "/" + id + "/김민준 이력서.pdf";
        assertThat(EdgeStack.column("SELECT original_file_url FROM itedge_resume.resumes WHERE id = ?::uuid", id))
                .containsExactly("s3://" + SharedStack.get().bucket() + "/" + key);
        assertThat(SharedStack.get()
                        .s3Client()
                        .getObjectAsBytes(
                                b -> b.bucket(SharedStack.get().bucket()).key(key))
                        .asByteArray())
                .isEqualTo(pdf);
        assertThat(EdgeStack.column("SELECT event_type FROM itedge_resume.resume_outbox WHERE aggregate_id = ?", id))
                .containsExactly("resume.uploaded");
        assertThat(client.get("/v1/resumes/" + id, jobseeker.token())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("processing");
    }

    @Test
    void shouldRefuseAFileWhoseContentIsNotWhatItsNameSays() throws Exception {
        final User jobseeker = client.user("jobseeker");

        final JsonNode problem = client.upload(
                        jobseeker.token(),
                        "cv.pdf",
                        "just text pretending".getBytes(StandardCharsets.UTF_8),
                        Map.of("title", "fake"))
                .problem(415);

        assertThat(problem.path("detail").asText()).isEqualTo("file: file named .pdf does not have a PDF signature");
        assertNothingStoredFor(jobseeker);
    }

    @Test
    void shouldRefuseAnUnsupportedTypeAnOversizedFileAndAMissingFile() throws Exception {
        final User jobseeker = client.user("jobseeker");

        assertThat(client.upload(jobseeker.token(), "cv.exe", new byte[] {'M', 'Z', 0, 1}, Map.of())
                        .problem(400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .as("the form part that carried the name")
                .isEqualTo("file");
        final byte[] huge = new byte[21 * 1024 * 1024];
        huge[0] = '%';
        huge[1] = 'P';
        huge[2] = 'D';
        huge[3] = 'F';
        huge[4] = '-';
        assertThat(client.upload(jobseeker.token(), "big.pdf", huge, Map.of())
                        .problem(413)
                        .path("detail")
                        .asText())
                .startsWith("file:");
        assertThat(client.upload(jobseeker.token(), null, null, Map.of("title", "no file"))
                        .problem(400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("file");
        assertThat(client.postRaw(
                                "/v1/resumes",
                                jobseeker.token(),
                                "application/json",
                                "{}".getBytes(StandardCharsets.UTF_8))
                        .problem(415))
                .isNotNull();
        assertNothingStoredFor(jobseeker);
    }

    @Test
    void shouldRefuseAnUploadByACompanyUser() throws Exception {
        final User company = client.user("company");

        client.upload(company.token(), "cv.pdf", ResumeFixtures.pdf(), Map.of()).problem(403);

        assertNothingStoredFor(company);
    }

    @Test
    void shouldStoreARetriedUploadOnce() throws Exception {
        final User jobseeker = client.user("jobseeker");
        final String key = UUID.randomUUID().toString();
        final byte[] pdf = ResumeFixtures.pdf();

        final Answer first =
                client.upload(jobseeker.token(), "cv.pdf", pdf, Map.of("title", "t"), "Idempotency-Key", key);
        final Answer retry =
                client.upload(jobseeker.token(), "cv.pdf", pdf, Map.of("title", "t"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_resume.resumes WHERE user_id = ?", jobseeker.id()))
                .isEqualTo(1);
        assertThat(objectsOf(jobseeker))
                .containsExactly("original/" + jobseeker.id() + "/"
                        + first.json().path("id").asText() + "/cv.pdf");
    }

    @Test
    void shouldHandOutAPresignedDownloadToTheOwnerOnly() throws Exception {
        final User jobseeker = client.user("jobseeker");
        final byte[] pdf = ResumeFixtures.pdf();
        final String id = client.upload(jobseeker.token(), "cv.pdf", pdf, Map.of())
                .json()
                .path("id")
                .asText();

        final Answer link = client.get("/v1/resumes/" + id + "/download", jobseeker.token());

        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.header("Cache-Control")).isEqualTo("no-store");
        final HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(link.json().path("url").asText()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        client.get("/v1/resumes/" + id + "/download", client.user("jobseeker").token())
                .problem(403);
        client.get("/v1/resumes/" + id + "/download", client.user("company").token())
                .problem(403);
        client.get("/v1/resumes/" + id + "/download", null).problem(401);
    }

    private static void assertNothingStoredFor(final User user) throws Exception {
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_resume.resumes WHERE user_id = ?", user.id()))
                .isZero();
        assertThat(objectsOf(user)).isEmpty();
    }

    /** The keys of the user's originals (S3Proxy's filesystem backend also lists emptied folders: not objects). */
    private static List<String> objectsOf(final User user) {
        return SharedStack.get()
                .s3Client()
                .listObjectsV2(b -> b.bucket(SharedStack.get().bucket()).prefix("original/" + user.id() + "/"))
                .contents()
                .stream()
                .map(S3Object::key)
                .filter(key -> !key.endsWith("/"))
                .toList();
    }
}
