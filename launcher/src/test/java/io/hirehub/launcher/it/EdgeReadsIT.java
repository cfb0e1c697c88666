package io.hirehub.launcher.it;

import static io.hirehub.launcher.it.EdgeHttp.get;
import static io.hirehub.launcher.it.EdgeHttp.send;
import static io.hirehub.launcher.it.EdgeHttp.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matches read through the edge as dev runs it: a job posted and a resume uploaded over HTTP are
 * matched by the pipeline, and the job's top, the pair's detail and the CLI's {@code hirehub match}
 * read them from matching's stores; other users are refused.
 */
class EdgeReadsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldReadAPostedJobsMatchesFromTheStores() throws Exception {
        final SharedStack stack = SharedStack.get();
        final String edge = stack.endpoints().edge();
        final String company = subjectToken("it-reads-co-" + UUID.randomUUID());
        final String seeker = subjectToken("it-reads-js-" + UUID.randomUUID());
        send(edge, company, "POST", "/v1/users", Map.of("user_type", "company"), 201);
        final String seekerId = send(edge, seeker, "POST", "/v1/users", Map.of("user_type", "jobseeker"), 201)
                .path("id")
                .asText();
        final String companyId = send(
                        edge, company, "POST", "/v1/companies", Map.of("name", "읽기 " + UUID.randomUUID()), 201)
                .path("id")
                .asText();
        final String job = send(
                        edge,
                        company,
                        "POST",
                        "/v1/jobs",
                        Map.of(
                                "company_id", companyId,
                                "title", "Kafka Streams backend engineer",
                                "description", "Java, Kafka Streams and PostgreSQL for a matching pipeline",
                                "status", "open",
                                "required_skills", List.of(Map.of("name", "Java"), Map.of("name", "Kafka"))),
                        201)
                .path("id")
                .asText();
        final String resume = upload(
                        edge,
                        seeker,
                        "cv.txt",
                        "Backend engineer, 7 years.\nSkills: Java, Kafka, Kafka Streams, PostgreSQL, Spring Boot\n")
                .path("id")
                .asText();

        final List<String> matched = new ArrayList<>();
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> top = get(edge, company, "/v1/jobs/" + job + "/matches?limit=50");
            assertThat(top.statusCode()).as(top.body()).isEqualTo(200);
            matched.clear();
            JSON.readTree(top.body())
                    .path("matches")
                    .forEach(m -> matched.add(m.path("resume_id").asText()));
            assertThat(matched).contains(resume);
        });

        final HttpResponse<String> detail = get(edge, seeker, "/v1/matches/" + job + "/" + resume);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat(JSON.readTree(detail.body()).path("overall_score").decimalValue())
                .isPositive();
        assertThat(detail.headers().firstValue("HireHub-Served-By")).isPresent();
        final String stranger = subjectToken("it-reads-x-" + UUID.randomUUID());
        send(edge, stranger, "POST", "/v1/users", Map.of("user_type", "jobseeker"), 201);
        assertThat(get(edge, stranger, "/v1/matches/" + job + "/" + resume).statusCode())
                .isEqualTo(403);
        assertThat(get(edge, stranger, "/v1/jobs/" + job + "/matches").statusCode())
                .isEqualTo(403);
        assertThat(get(edge, stranger, "/v1/users/" + seekerId + "/recommendations")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(edge, company, "/v1/jobs/" + job + "/matches?limit=0").statusCode())
                .isEqualTo(400);

        final CliRun cli = CliRun.of(cli("match", "top", "--edge-url", edge, "--job", job, "--limit", "50"));
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(JSON.readTree(cli.out()).path("matches").findValuesAsText("resume_id"))
                .contains(resume);
        final CliRun pair = CliRun.of(cli("match", "detail", "--edge-url", edge, "--job", job, "--resume", resume));
        assertThat(pair.code()).as(pair.err()).isZero();
        assertThat(JSON.readTree(pair.out()).path("job_id").asText()).isEqualTo(job);
        final CliRun unknown = CliRun.of(cli(
                "match",
                "recommended",
                "--edge-url",
                edge,
                "--user",
                UUID.randomUUID().toString()));
        assertThat(unknown.code()).isEqualTo(1);
    }

    /**
     * Read-your-writes: a job's matches read with the position its write returned answer that job's
     * list (never a 404, never the list from before an update); a 503 + Retry-After, the only other
     * answer allowed, is retried with the same position, as a client does.
     */
    @Test
    void shouldReadAJobsMatchesAtTheWritesPosition() throws Exception {
        final SharedStack stack = SharedStack.get();
        final String edge = stack.endpoints().edge();
        final String company = subjectToken("it-ryw-co-" + UUID.randomUUID());
        send(edge, company, "POST", "/v1/users", Map.of("user_type", "company"), 201);
        final String companyId = send(
                        edge, company, "POST", "/v1/companies", Map.of("name", "위치 " + UUID.randomUUID()), 201)
                .path("id")
                .asText();
        final HttpResponse<String> posted = sendRaw(
                edge,
                company,
                "POST",
                "/v1/jobs",
                Map.of(
                        "company_id",
                        companyId,
                        "title",
                        "Stream processing engineer",
                        "description",
                        "Kafka Streams, RocksDB state stores, exactly-once",
                        "status",
                        "open",
                        "experience_min",
                        2,
                        "required_skills",
                        List.of(Map.of("name", "Kafka"))));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        final String job = JSON.readTree(posted.body()).path("id").asText();
        final long created =
                Long.parseLong(posted.headers().firstValue("HireHub-Position").orElseThrow());

        final JsonNode first = readAtPosition(edge, company, job, created);
        assertThat(first.path("job_id").asText()).isEqualTo(job);
        assertThat(first.path("complete").asBoolean()).isTrue();
        assertThat(first.path("position").asLong()).isGreaterThanOrEqualTo(created);

        final HttpResponse<String> patched =
                sendRaw(edge, company, "PATCH", "/v1/jobs/" + job, Map.of("experience_min", 4));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        final long updated =
                Long.parseLong(patched.headers().firstValue("HireHub-Position").orElseThrow());
        assertThat(updated).isGreaterThan(created);
        assertThat(readAtPosition(edge, company, job, updated).path("position").asLong())
                .as("the list after the update, not the one before")
                .isGreaterThanOrEqualTo(updated);
    }

    private JsonNode readAtPosition(final String edge, final String token, final String job, final long position)
            throws Exception {
        final List<JsonNode> answer = new ArrayList<>();
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> top = get(edge, token, "/v1/jobs/" + job + "/matches?min_position=" + position);
            assertThat(top.statusCode()).as(top.body()).isIn(200, 503);
            if (top.statusCode() == 503) {
                assertThat(top.headers().firstValue("Retry-After")).isPresent();
            }
            assertThat(top.statusCode()).as("retried after 503: %s", top.body()).isEqualTo(200);
            answer.add(JSON.readTree(top.body()));
        });
        return answer.get(answer.size() - 1);
    }

    private HttpResponse<String> sendRaw(
            final String edge, final String token, final String method, final String path, final Object body)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String[] cli(final String... args) {
        final SharedStack stack = SharedStack.get();
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--data-dir",
                stack.dataDir().toString(),
                "--jdbc-url",
                stack.jdbcUrl(),
                "--jdbc-user",
                stack.jdbcUser()));
        return all.toArray(String[]::new);
    }

    private static String subjectToken(final String subject) {
        return token("--subject", subject, "--email", subject + "@example.com");
    }

    private static String token(final String... args) {
        final CliRun run = CliRun.of(cli(prepend("token", args)));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static String[] prepend(final String first, final String... rest) {
        final String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
