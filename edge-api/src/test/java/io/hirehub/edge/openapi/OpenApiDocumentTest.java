package io.hirehub.edge.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiRoutes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    record Tag(String displayName) {}

    record Thing(UUID thingId, Instant createdAt, Integer salaryMin, List<Tag> tags) {}

    record Upload(byte[] file, String title) {}

    @Test
    void shouldDescribeEveryRouteWithSnakeCaseSchemasAndSecurity() {
        final ApiRoutes routes = new ApiRoutes();
        routes.tag("things");
        routes.post("/v1/things", ctx -> {})
                .summary("make")
                .body(Thing.class)
                .idempotent()
                .ok(201, Thing.class);
        routes.get("/v1/things/{id}", ctx -> {}).summary("read").ok(200, Thing[].class);
        routes.post("/v1/uploads", ctx -> {})
                .summary("up")
                .multipart(Upload.class)
                .ok(201, Thing.class);
        routes.get("/healthz", ctx -> {}).summary("up?").access(Access.PUBLIC).ok(200, "text/plain");

        final JsonNode doc = OpenApiDocument.of(routes.all(), "test");

        final JsonNode thing =
                doc.path("components").path("schemas").path("Thing").path("properties");
        assertThat(thing.path("thing_id").path("format").asText()).isEqualTo("uuid");
        assertThat(thing.path("created_at").path("format").asText()).isEqualTo("date-time");
        assertThat(thing.path("salary_min").path("type").asText()).isEqualTo("integer");
        assertThat(thing.path("tags").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/Tag");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("Tag")
                        .path("properties")
                        .has("display_name"))
                .isTrue();
        final JsonNode post = doc.path("paths").path("/v1/things").path("post");
        assertThat(post.path("parameters").get(0).path("name").asText()).isEqualTo("Idempotency-Key");
        assertThat(post.path("security").isArray()).isTrue();
        assertThat(doc.path("paths")
                        .path("/v1/things/{id}")
                        .path("get")
                        .path("parameters")
                        .get(0)
                        .path("in")
                        .asText())
                .isEqualTo("path");
        assertThat(doc.path("paths")
                        .path("/v1/things/{id}")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("type")
                        .asText())
                .isEqualTo("array");
        assertThat(doc.path("paths")
                        .path("/v1/uploads")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .has("multipart/form-data"))
                .isTrue();
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("Upload")
                        .path("properties")
                        .path("file")
                        .path("format")
                        .asText())
                .isEqualTo("binary");
        assertThat(doc.path("paths").path("/healthz").path("get").has("security"))
                .isFalse();
        assertThat(DocsPage.render((com.fasterxml.jackson.databind.node.ObjectNode) doc))
                .contains("POST /v1/things")
                .contains("id=\"problem-idempotency-key-reused\"");
    }
}
