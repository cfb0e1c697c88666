package io.hirehub.launcher.it;

import static io.hirehub.launcher.it.EdgeHttp.get;
import static io.hirehub.launcher.it.EdgeHttp.raw;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Applications through the edge on the real stack: bad input is refused with the exact problem and
 * writes nothing; an application submitted and moved over HTTP is rebuilt by the applications
 * topology into its history, its job's funnel and its user's interviews, read back through the edge;
 * views are counted and written back to {@code jobs}; the job's company may download the resume.
 */
class ApplicationsOnStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldCarryAnApplicationFromTheEdgeToItsHistoryFunnelAndCounts() throws Exception {
        final SharedStack stack = SharedStack.get();
        final String edge = stack.endpoints().edge();
        final String company = subjectToken("it-apply-co-" + UUID.randomUUID());
        final String seeker = subjectToken("it-apply-js-" + UUID.randomUUID());
        final String other = subjectToken("it-apply-x-" + UUID.randomUUID());
        send(edge, company, "POST", "/v1/users", Map.of("user_type", "company"), 201);
        final String seekerId = send(edge, seeker, "POST", "/v1/users", Map.of("user_type", "jobseeker"), 201)
                .path("id")
                .asText();
        send(edge, other, "POST", "/v1/users", Map.of("user_type", "jobseeker"), 201);
        final String companyId = send(
                        edge, company, "POST", "/v1/companies", Map.of("name", "지원 " + UUID.randomUUID()), 201)
                .path("id")
                .asText();
        final String job = send(
                        edge,
                        company,
                        "POST",
                        "/v1/jobs",
                        Map.of(
                                "company_id", companyId,
                                "title", "Data engineer (streams)",
                                "description", "Kafka Streams and PostgreSQL",
                                "status", "open",
                                "required_skills", List.of(Map.of("name", "Java"))),
                        201)
                .path("id")
                .asText();
        final String resume = upload(edge, seeker, "cv.txt", "Data engineer.\nSkills: Java, Kafka, PostgreSQL\n")
                .path("id")
                .asText();

        // Bad input: the exact problem, and nothing written.
        assertProblem(raw(edge, seeker, "POST", "/v1/applications", "{\"job_id\":"), 400, "/docs#problem-malformed");
        assertProblem(
                post(edge, seeker, "/v1/applications", Map.of("resume_id", resume)),
                400,
                "/docs#problem-validation",
                "job_id");
        assertProblem(
                post(
                        edge,
                        seeker,
                        "/v1/applications",
                        Map.of("job_id", job, "resume_id", resume, "cover_letter", "가".repeat(10_001))),
                400,
                "/docs#problem-validation",
                "cover_letter");
        assertProblem(
                post(edge, company, "/v1/applications", Map.of("job_id", job, "resume_id", resume)),
                403,
                "/docs#problem-forbidden");
        assertProblem(
                post(edge, other, "/v1/applications", Map.of("job_id", job, "resume_id", resume)),
                400,
                "/docs#problem-validation",
                "resume_id");
        assertThat(count(stack, "SELECT count(*) FROM apply_service.applications WHERE job_id = ?", job))
                .isZero();

        final String key = "apply-" + UUID.randomUUID();
        final Map<String, String> submission = Map.of("job_id", job, "resume_id", resume, "cover_letter", "안녕하세요");
        final HttpResponse<String> first = keyed(edge, seeker, "/v1/applications", key, submission);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        final JsonNode application = JSON.readTree(first.body());
        final String id = application.path("id").asText();
        assertThat(application.path("status").asText()).isEqualTo("submitted");
        // A retry with the same key replays the first answer; the same key with another body is refused.
        final HttpResponse<String> retry = keyed(edge, seeker, "/v1/applications", key, submission);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(retry.body()).path("id").asText()).isEqualTo(id);
        assertProblem(
                keyed(edge, seeker, "/v1/applications", key, Map.of("job_id", job, "resume_id", resume)),
                422,
                "/docs#problem-idempotency-key-reused");
        assertProblem(
                post(edge, seeker, "/v1/applications", Map.of("job_id", job, "resume_id", resume)),
                409,
                "/docs#problem-conflict");
        assertThat(count(stack, "SELECT count(*) FROM apply_service.applications WHERE job_id = ?", job))
                .isEqualTo(1);

        // Refused moves write nothing: the other side's move (403), a move the workflow lacks (409).
        assertProblem(
                post(edge, seeker, "/v1/applications/" + id + "/transitions", Map.of("to_status", "reviewing")),
                403,
                "/docs#problem-forbidden");
        final HttpResponse<String> skip =
                post(edge, company, "/v1/applications/" + id + "/transitions", Map.of("to_status", "offered"));
        assertProblem(skip, 409, "/docs#problem-conflict");
        assertThat(JSON.readTree(skip.body()).path("detail").asText())
                .isEqualTo("no move from submitted to offered; from submitted the next statuses are"
                        + " [reviewing, rejected, withdrawn]");
        assertProblem(
                post(edge, other, "/v1/applications/" + id + "/transitions", Map.of("to_status", "withdrawn")),
                403,
                "/docs#problem-forbidden");
        assertProblem(
                post(edge, company, "/v1/applications/" + id + "/transitions", Map.of("to_status", "hired")),
                400,
                "/docs#problem-validation",
                "to_status");
        assertThat(events(stack, id)).isEqualTo(1);

        final JsonNode moved = send(
                edge,
                company,
                "POST",
                "/v1/applications/" + id + "/transitions",
                Map.of("to_status", "reviewing", "note", "looks good"),
                200);
        assertThat(moved.path("application").path("status").asText()).isEqualTo("reviewing");
        assertThat(moved.path("event").path("actor_type").asText()).isEqualTo("company");
        final Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertProblem(
                post(
                        edge,
                        company,
                        "/v1/applications/" + id + "/interviews",
                        Map.of("interview_type", "video", "scheduled_at", "2020-01-01T00:00:00Z")),
                400,
                "/docs#problem-validation",
                "scheduled_at");
        final JsonNode interview = send(
                edge,
                company,
                "POST",
                "/v1/applications/" + id + "/interviews",
                Map.of("interview_type", "video", "scheduled_at", at.toString(), "duration_minutes", 45),
                201);
        assertThat(interview.path("interview_type").asText()).isEqualTo("video");
        assertThat(events(stack, id)).isEqualTo(4);
        assertThat(get(edge, other, "/v1/applications/" + id).statusCode()).isEqualTo(403);
        assertThat(get(edge, company, "/v1/applications/" + id).statusCode()).isEqualTo(200);

        // The topology's view, read through the edge.
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> history = get(edge, seeker, "/v1/applications/" + id + "/history");
            assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
            final JsonNode h = JSON.readTree(history.body());
            assertThat(h.path("status").asText()).isEqualTo("interview_scheduled");
            final List<String> types = new ArrayList<>();
            h.path("history").forEach(e -> types.add(e.path("event_type").asText()));
            assertThat(types)
                    .containsExactlyInAnyOrder("submitted", "status_changed", "status_changed", "interview_scheduled");
        });
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> funnel = get(edge, company, "/v1/jobs/" + job + "/funnel");
            assertThat(funnel.statusCode()).as(funnel.body()).isEqualTo(200);
            final JsonNode f = JSON.readTree(funnel.body());
            assertThat(f.path("by_status").path("interview_scheduled").asLong()).isEqualTo(1);
            assertThat(f.path("applies_count").asLong()).isEqualTo(1);
        });
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> upcoming = get(edge, seeker, "/v1/users/" + seekerId + "/interviews");
            assertThat(upcoming.statusCode()).as(upcoming.body()).isEqualTo(200);
            assertThat(JSON.readTree(upcoming.body()).path("interviews").findValuesAsText("application_id"))
                    .containsExactly(id);
        });
        assertThat(get(edge, other, "/v1/jobs/" + job + "/funnel").statusCode()).isEqualTo(403);

        // Views: counted once each by the topology, written back to jobs with applies_count.
        send(edge, other, "POST", "/v1/jobs/" + job + "/views", Map.of(), 202);
        send(edge, seeker, "POST", "/v1/jobs/" + job + "/views", Map.of(), 202);
        await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
            final HttpResponse<String> views = get(edge, company, "/v1/jobs/" + job + "/views");
            assertThat(views.statusCode()).as(views.body()).isEqualTo(200);
            assertThat(JSON.readTree(views.body()).path("views_count").asLong()).isEqualTo(2);
        });
        await().atMost(ItTimeouts.WAIT)
                .untilAsserted(() -> assertThat(count(
                                stack,
                                "SELECT count(*) FROM job_service.jobs WHERE id = ? AND views_count = 2"
                                        + " AND applies_count = 1",
                                job))
                        .isEqualTo(1));

        // The job's company may now download the resume; a stranger may not.
        assertThat(get(edge, company, "/v1/resumes/" + resume + "/download").statusCode())
                .isEqualTo(200);
        assertThat(get(edge, other, "/v1/resumes/" + resume + "/download").statusCode())
                .isEqualTo(403);
    }

    private static long events(final SharedStack stack, final String application) throws Exception {
        return count(
                stack, "SELECT count(*) FROM apply_service.application_events WHERE application_id = ?", application);
    }

    private static long count(final SharedStack stack, final String sql, final String id) throws Exception {
        try (Connection c = stack.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void assertProblem(
            final HttpResponse<String> response, final int status, final String type, final String... fields)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        final JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(type);
        for (final String field : fields) {
            assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
        }
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
        final CliRun run = CliRun.of(cli("token", "--subject", subject, "--email", subject + "@example.com"));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private HttpResponse<String> post(final String edge, final String token, final String path, final Object body)
            throws Exception {
        return raw(edge, token, "POST", path, JSON.writeValueAsString(body));
    }

    private HttpResponse<String> keyed(
            final String edge, final String token, final String path, final String key, final Object body)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
