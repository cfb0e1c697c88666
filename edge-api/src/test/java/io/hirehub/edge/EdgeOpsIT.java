package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.EdgeClient.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edge's operations pages and its answers to requests no route takes. */
class EdgeOpsIT {

    private final EdgeClient client = new EdgeClient();

    /**
     * This JVM runs the edge without matching (launcher's EdgeOnStackIT checks a ready edge beside it):
     * the databases answer, but match reads cannot be routed, so the edge is not ready and says why.
     */
    @Test
    void shouldAnswerHealthAndReadinessWithoutAToken() {
        assertThat(client.get("/healthz", null).body()).isEqualTo("ok\n");
        final Answer ready = client.get("/readyz", null);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().path("ready").asBoolean()).isFalse();
        assertThat(ready.json().path("failing").has("database")).isFalse();
        assertThat(ready.json().path("failing").path("queries").asText()).contains("matching does not run");
    }

    @Test
    void shouldDescribeEveryRouteInOpenApiAndTheDocsPage() {
        final JsonNode doc = client.get("/openapi.json", null).json();
        final List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths)
                .contains(
                        "/v1/users",
                        "/v1/jobseeker-profiles",
                        "/v1/companies",
                        "/v1/companies/{id}/members",
                        "/v1/jobs",
                        "/v1/jobs/{id}",
                        "/v1/resumes",
                        "/v1/resumes/{id}",
                        "/v1/resumes/{id}/download",
                        "/v1/matches/{job_id}/{resume_id}/feedback",
                        "/v1/companies/{id}/matches",
                        "/v1/internal/matching/job-tops");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("CompanyMatchesView")
                        .path("properties")
                        .path("matches")
                        .path("items")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/CompanyMatchRow");
        assertThat(doc.path("paths")
                        .path("/v1/jobs")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/NewJobRequest");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("NewJobRequest")
                        .path("properties")
                        .has("salary_max"))
                .isTrue();
        final String docs = client.get("/docs", null).body();
        assertThat(docs).contains("POST /v1/jobs").contains("id=\"problem-validation\"");
    }

    @Test
    void shouldExportPerRouteTimingsInPrometheusFormat() {
        client.get("/healthz", null);

        final String metrics = client.get("/metrics", null).body();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"}");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldAnswerUnknownRoutesAndMalformedIdsAsProblems() {
        final String token = EdgeStack.get().token("it-ops-" + java.util.UUID.randomUUID());
        assertThat(client.get("/v1/nothing-here", token)
                        .problem(404)
                        .path("type")
                        .asText())
                .isEqualTo("/docs#problem-not-found");
        final Answer badId =
                client.get("/v1/jobs/not-a-uuid", client.user("company").token());
        assertThat(badId.problem(404).path("detail").asText()).isEqualTo("id 'not-a-uuid' is not a UUID");
        assertThat(client.get("/v1/users/me", token).problem(403)).isNotNull();
    }
}
