package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.registry.RegistrySettings;
import io.hirehub.registry.SchemaRegistryServer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * The embedded registry on the real embedded broker, driven only through plain REST calls: ids,
 * 409 for incompatible schemas, and state that survives a restart on the same {@code _schemas} topic.
 */
class SchemaRegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String V1 = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"io.hirehub.it\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2_OPTIONAL = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"io.hirehub.it\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    private static final String V2_REQUIRED = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"io.hirehub.it\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"score\",\"type\":\"int\"}]}";

    private final SharedStack stack = SharedStack.get();

    private static String subject(final String what) {
        return "it.registry." + what + "." + UUID.randomUUID() + "-value";
    }

    private static HttpResponse<String> call(final String method, final String url, final String body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(final HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String schemaBody(final String schema) throws IOException {
        return JSON.writeValueAsString(Map.of("schema", schema));
    }

    private static int register(final String base, final String subject, final String schema) throws Exception {
        final HttpResponse<String> response =
                call("POST", base + "/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("id").asInt();
    }

    private RegistrySettings secondInstance() {
        return new RegistrySettings(
                stack.kafkaBootstrap(), "127.0.0.1", 0, Topics.SCHEMAS.name(), Duration.ofSeconds(30));
    }

    @Test
    void shouldRegisterThroughRestAndServeSchemaById() throws Exception {
        final String subject = subject("byid");
        final int id = register(stack.registryUrl(), subject, V1);

        final HttpResponse<String> byId = call("GET", stack.registryUrl() + "/schemas/ids/" + id, null);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/vnd.schemaregistry.v1+json"));
        assertThat(new org.apache.avro.Schema.Parser()
                        .parse(json(byId).get("schema").asText()))
                .isEqualTo(new org.apache.avro.Schema.Parser().parse(V1));
        assertThat(register(stack.registryUrl(), subject, V1)).as("idempotent").isEqualTo(id);

        final HttpResponse<String> unknown = call("GET", stack.registryUrl() + "/schemas/ids/" + (id + 100_000), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error_code").asInt()).isEqualTo(40403);
    }

    @Test
    void shouldRefuseIncompatibleSchemaWith409() throws Exception {
        final String subject = subject("compat");
        register(stack.registryUrl(), subject, V1);

        final HttpResponse<String> refused =
                call("POST", stack.registryUrl() + "/subjects/" + subject + "/versions", schemaBody(V2_REQUIRED));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error_code").asInt()).isEqualTo(409);
        assertThat(json(refused).get("message").asText())
                .contains("incompatible with an earlier schema for subject \"" + subject + "\"")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("'score'");
        assertThat(register(stack.registryUrl(), subject, V2_OPTIONAL)).isPositive();
        assertThat(call("GET", stack.registryUrl() + "/subjects/" + subject + "/versions", null)
                        .body())
                .isEqualTo("[1,2]");
    }

    @Test
    void shouldServeSameIdsAfterRestartOnTheSameTopic() throws Exception {
        final String subject = subject("restart");
        final int id1 = register(stack.registryUrl(), subject, V1);
        final int id2 = register(stack.registryUrl(), subject, V2_OPTIONAL);
        final int id3;
        final String later = subject("restart-later");

        try (SchemaRegistryServer second = new SchemaRegistryServer(secondInstance()).start()) {
            assertThat(json(call("GET", second.url() + "/subjects/" + subject + "/versions/1", null))
                            .get("id")
                            .asInt())
                    .isEqualTo(id1);
            assertThat(json(call("GET", second.url() + "/subjects/" + subject + "/versions/latest", null))
                            .get("id")
                            .asInt())
                    .isEqualTo(id2);
            id3 = register(second.url(), later, V2_REQUIRED.replace("Probe", "Probe2"));
            assertThat(id3).as("no id reused across instances").isGreaterThan(id2);
        }
        // The shared instance follows the topic, so it sees what the second instance wrote.
        await().atMost(ItTimeouts.WAIT)
                .untilAsserted(() -> assertThat(call("GET", stack.registryUrl() + "/schemas/ids/" + id3, null)
                                .statusCode())
                        .isEqualTo(200));

        try (SchemaRegistryServer third = new SchemaRegistryServer(secondInstance()).start()) {
            assertThat(json(call("GET", third.url() + "/schemas/ids/" + id1, null))
                            .get("schema")
                            .asText())
                    .isEqualTo(json(call("GET", stack.registryUrl() + "/schemas/ids/" + id1, null))
                            .get("schema")
                            .asText());
            assertThat(json(call("GET", third.url() + "/subjects/" + later + "/versions/1", null))
                            .get("id")
                            .asInt())
                    .isEqualTo(id3);
        }
    }

    @Test
    void shouldKeepItsLogInACompactedTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            final ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCHEMAS.name());
            final Config config =
                    admin.describeConfigs(List.of(topic)).all().get().get(topic);

            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(Topics.SCHEMAS.name()))
                            .allTopicNames()
                            .get()
                            .get(Topics.SCHEMAS.name())
                            .partitions())
                    .hasSize(1);
        }
    }
}
