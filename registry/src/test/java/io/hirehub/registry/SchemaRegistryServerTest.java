package io.hirehub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryServerTest {

    private static final String SUBJECT = "hirehub.test.candidates-value";
    private static final String VERSIONS = "/subjects/" + SUBJECT + "/versions";

    private final InMemoryRegistryStore store = new InMemoryRegistryStore();
    private SchemaRegistryServer server;
    private RestCalls rest;

    static RegistrySettings settings(final int port) {
        return new RegistrySettings("", "127.0.0.1", port, "_schemas", Duration.ofSeconds(5));
    }

    @BeforeEach
    void start() {
        server = new SchemaRegistryServer(settings(0), store).start();
        rest = new RestCalls(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int register(final String subject, final String schema) {
        final RestCalls.Answer answer = rest.postSchema("/subjects/" + subject + "/versions", schema);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asInt();
    }

    @Test
    void shouldRegisterAndAnswerSameIdForIdenticalSchema() {
        final RestCalls.Answer first = rest.postSchema(VERSIONS, TestSchemas.V1);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(first.body()).isEqualTo("{\"id\":1}");
        assertThat(register(SUBJECT, TestSchemas.V1)).isEqualTo(1);
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1]");
    }

    @Test
    void shouldTreatWhitespaceDifferencesAsTheSameSchema() {
        final int id = register(SUBJECT, TestSchemas.V1);

        assertThat(register(SUBJECT, new Schema.Parser().parse(TestSchemas.V1).toString(true)))
                .isEqualTo(id);
    }

    @Test
    void shouldShareOneIdAcrossSubjectsForTheSameSchema() {
        final int id = register(SUBJECT, TestSchemas.V1);
        final int other = register("elsewhere-value", TestSchemas.OTHER);

        assertThat(register("copy-value", TestSchemas.V1)).isEqualTo(id);
        assertThat(other).isEqualTo(id + 1);
        assertThat(rest.get("/subjects").body()).isEqualTo("[\"copy-value\",\"elsewhere-value\",\"" + SUBJECT + "\"]");
    }

    @Test
    void shouldServeVersionsByNumberLatestAndRawSchema() {
        register(SUBJECT, TestSchemas.V1);
        final int id2 = register(SUBJECT, TestSchemas.V2_OPTIONAL);

        final RestCalls.Answer latest = rest.get(VERSIONS + "/latest");
        assertThat(latest.json().get("subject").asText()).isEqualTo(SUBJECT);
        assertThat(latest.json().get("version").asInt()).isEqualTo(2);
        assertThat(latest.json().get("id").asInt()).isEqualTo(id2);
        assertThat(new Schema.Parser().parse(latest.json().get("schema").asText()))
                .isEqualTo(new Schema.Parser().parse(TestSchemas.V2_OPTIONAL));
        assertThat(rest.get(VERSIONS + "/1").json().get("version").asInt()).isEqualTo(1);
        assertThat(rest.get(VERSIONS + "/-1").json().get("version").asInt()).isEqualTo(2);
        assertThat(new Schema.Parser().parse(rest.get(VERSIONS + "/1/schema").body()))
                .isEqualTo(new Schema.Parser().parse(TestSchemas.V1));
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1,2]");
    }

    @Test
    void shouldServeSchemaById() {
        final int id = register(SUBJECT, TestSchemas.V1);

        final RestCalls.Answer byId = rest.get("/schemas/ids/" + id);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(new Schema.Parser().parse(byId.json().get("schema").asText()))
                .isEqualTo(new Schema.Parser().parse(TestSchemas.V1));
        assertThat(new Schema.Parser()
                        .parse(rest.get("/schemas/ids/" + id + "/schema").body()))
                .isEqualTo(new Schema.Parser().parse(TestSchemas.V1));
        assertThat(rest.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
    }

    @Test
    void shouldAnswer40403ForUnknownId() {
        final RestCalls.Answer answer = rest.get("/schemas/ids/99");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"error_code\":40403,\"message\":\"Schema 99 not found\"}");
        assertThat(rest.get("/schemas/ids/abc").json().get("error_code").asInt())
                .isEqualTo(40403);
    }

    @Test
    void shouldAnswer40401ForUnknownSubject() {
        final RestCalls.Answer answer = rest.get("/subjects/nope-value/versions");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"error_code\":40401,\"message\":\"Subject 'nope-value' not found.\"}");
        assertThat(rest.get("/subjects/nope-value/versions/latest")
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40401);
    }

    @Test
    void shouldAnswer40402ForUnknownVersionAnd42202ForInvalidVersion() {
        register(SUBJECT, TestSchemas.V1);

        final RestCalls.Answer unknown = rest.get(VERSIONS + "/7");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error_code\":40402,\"message\":\"Version 7 not found.\"}");

        final RestCalls.Answer invalid = rest.get(VERSIONS + "/first");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("error_code").asInt()).isEqualTo(42202);
        assertThat(invalid.json().get("message").asText())
                .isEqualTo("The specified version 'first' is not a valid"
                        + " version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
        assertThat(rest.get(VERSIONS + "/0").status()).isEqualTo(422);
    }

    @Test
    void shouldAnswer42201ForInvalidSchema() {
        final RestCalls.Answer answer = rest.postSchema(VERSIONS, "{\"type\":\"record\",\"name\":\"X\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error_code").asInt()).isEqualTo(42201);
        assertThat(answer.json().get("message").asText())
                .startsWith("Invalid schema {\"type\":\"record\",\"name\":\"X\"}: ");
        assertThat(rest.get("/subjects").body()).isEqualTo("[]");
    }

    @Test
    void shouldAnswer42201ForMissingSchemaAndUnsupportedType() {
        assertThat(rest.post(VERSIONS, Map.of()).json().get("error_code").asInt())
                .isEqualTo(42201);
        final RestCalls.Answer protobuf =
                rest.post(VERSIONS, Map.of("schema", "syntax = \"proto3\";", "schemaType", "PROTOBUF"));
        assertThat(protobuf.status()).isEqualTo(422);
        assertThat(protobuf.json().get("message").asText())
                .isEqualTo("Unsupported schema type PROTOBUF: this registry stores AVRO only");
    }

    @Test
    void shouldAnswer400ForMalformedJson() {
        final RestCalls.Answer answer = rest.post(VERSIONS, "{not json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error_code").asInt()).isEqualTo(400);
    }

    @Test
    void shouldRefuseFieldWithoutDefaultUnderBackwardWith409() {
        register(SUBJECT, TestSchemas.V1);

        final RestCalls.Answer answer = rest.postSchema(VERSIONS, TestSchemas.V2_REQUIRED);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("error_code").asInt()).isEqualTo(409);
        assertThat(answer.json().get("message").asText())
                .startsWith("Schema being registered is incompatible with an earlier schema for subject \"" + SUBJECT
                        + "\"")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("The field 'age' at path '/fields/2' in the new schema has no default value and is missing"
                        + " in the old schema")
                .endsWith("compatibility: 'BACKWARD'");
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1]");
    }

    @Test
    void shouldAcceptOptionalFieldWithDefaultUnderBackward() {
        final int id1 = register(SUBJECT, TestSchemas.V1);

        assertThat(register(SUBJECT, TestSchemas.V2_OPTIONAL)).isEqualTo(id1 + 1);
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1,2]");
    }

    @Test
    void shouldAllowAnythingUnderNone() {
        register(SUBJECT, TestSchemas.V1);
        assertThat(rest.put("/config/" + SUBJECT, Map.of("compatibility", "NONE"))
                        .body())
                .isEqualTo("{\"compatibility\":\"NONE\"}");

        register(SUBJECT, TestSchemas.V2_REQUIRED);
        register(SUBJECT, TestSchemas.OTHER);

        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1,2,3]");
    }

    @Test
    void shouldRefuseDroppedFieldUnderForwardButNotBackward() {
        register(SUBJECT, TestSchemas.V1);
        rest.put("/config/" + SUBJECT, Map.of("compatibility", "FORWARD"));

        final RestCalls.Answer answer = rest.postSchema(VERSIONS, TestSchemas.V2_DROPPED_NAME);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("message").asText())
                .contains("The field 'name'")
                .contains("in the old schema")
                .endsWith("compatibility: 'FORWARD'");
        rest.put("/config/" + SUBJECT, Map.of("compatibility", "BACKWARD"));
        assertThat(rest.postSchema(VERSIONS, TestSchemas.V2_DROPPED_NAME).status())
                .isEqualTo(200);
    }

    @Test
    void shouldCheckEveryVersionUnderTransitiveLevels() {
        rest.put("/config/" + SUBJECT, Map.of("compatibility", "NONE"));
        register(SUBJECT, TestSchemas.V1);
        register(SUBJECT, TestSchemas.V2_REQUIRED);
        rest.put("/config/" + SUBJECT, Map.of("compatibility", "BACKWARD"));
        // Keeps "age" with a default: reads version 2 data, and version 1 data lacks "age" (default fills it).
        final String v3 = TestSchemas.V2_REQUIRED.replace(
                "{\"name\":\"age\",\"type\":\"int\"}", "{\"name\":\"age\",\"type\":\"int\",\"default\":0}");
        final String v3Strict = TestSchemas.V2_REQUIRED.replace(
                "{\"name\":\"age\",\"type\":\"int\"}",
                "{\"name\":\"age\",\"type\":\"int\"},{\"name\":\"x\",\"type\":\"int\",\"default\":1}");
        assertThat(rest.postSchema("/compatibility/subjects/" + SUBJECT + "/versions/latest", v3Strict)
                        .body())
                .isEqualTo("{\"is_compatible\":true}");
        rest.put("/config/" + SUBJECT, Map.of("compatibility", "BACKWARD_TRANSITIVE"));

        assertThat(rest.postSchema(VERSIONS, v3Strict).status())
                .as("version 1 lacks age")
                .isEqualTo(409);
        assertThat(rest.postSchema(VERSIONS, v3).status()).isEqualTo(200);
    }

    @Test
    void shouldTestCompatibilityWithoutRegistering() {
        register(SUBJECT, TestSchemas.V1);
        final String path = "/compatibility/subjects/" + SUBJECT + "/versions/latest";

        assertThat(rest.postSchema(path, TestSchemas.V2_OPTIONAL).body()).isEqualTo("{\"is_compatible\":true}");
        assertThat(rest.postSchema(path, TestSchemas.V2_REQUIRED).body()).isEqualTo("{\"is_compatible\":false}");
        final RestCalls.Answer verbose = rest.postSchema(path + "?verbose=true", TestSchemas.V2_REQUIRED);
        assertThat(verbose.json().get("messages").get(0).asText()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(rest.postSchema("/compatibility/subjects/" + SUBJECT + "/versions/1", TestSchemas.V2_OPTIONAL)
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
        assertThat(rest.postSchema("/compatibility/subjects/" + SUBJECT + "/versions", TestSchemas.V2_REQUIRED)
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isFalse();
        assertThat(rest.postSchema("/compatibility/subjects/nope-value/versions/latest", TestSchemas.V1)
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40401);
        assertThat(rest.postSchema("/compatibility/subjects/" + SUBJECT + "/versions/9", TestSchemas.V1)
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40402);
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1]");
    }

    @Test
    void shouldManageGlobalAndSubjectConfig() {
        assertThat(rest.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(rest.put("/config", Map.of("compatibility", "full")).body())
                .isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(rest.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");

        final RestCalls.Answer unset = rest.get("/config/" + SUBJECT);
        assertThat(unset.status()).isEqualTo(404);
        assertThat(unset.body())
                .isEqualTo("{\"error_code\":40408,\"message\":\"Subject '" + SUBJECT
                        + "' does not have subject-level compatibility configured\"}");
        assertThat(rest.get("/config/" + SUBJECT + "?defaultToGlobal=true").body())
                .isEqualTo("{\"compatibilityLevel\":\"FULL\"}");

        rest.put("/config/" + SUBJECT, Map.of("compatibility", "FORWARD_TRANSITIVE"));
        assertThat(rest.get("/config/" + SUBJECT).body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD_TRANSITIVE\"}");
        assertThat(rest.delete("/config/" + SUBJECT).body())
                .isEqualTo("{\"compatibilityLevel\":\"FORWARD_TRANSITIVE\"}");
        assertThat(rest.get("/config/" + SUBJECT).status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer42203ForUnknownLevel() {
        final RestCalls.Answer answer = rest.put("/config", Map.of("compatibility", "SIDEWAYS"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error_code").asInt()).isEqualTo(42203);
        assertThat(rest.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void shouldLookUpSchemaUnderSubject() {
        final int id = register(SUBJECT, TestSchemas.V1);

        final RestCalls.Answer found = rest.postSchema("/subjects/" + SUBJECT, TestSchemas.V1);
        assertThat(found.json().get("id").asInt()).isEqualTo(id);
        assertThat(found.json().get("version").asInt()).isEqualTo(1);
        assertThat(found.json().get("subject").asText()).isEqualTo(SUBJECT);

        final RestCalls.Answer missing = rest.postSchema("/subjects/" + SUBJECT, TestSchemas.OTHER);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error_code\":40403,\"message\":\"Schema not found\"}");
        assertThat(rest.postSchema("/subjects/nope-value", TestSchemas.V1)
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40401);
    }

    @Test
    void shouldSoftDeleteThenPermanentlyDelete() {
        final int id = register(SUBJECT, TestSchemas.V1);
        register(SUBJECT, TestSchemas.V2_OPTIONAL);

        assertThat(rest.delete(VERSIONS + "/2?permanent=true")
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40407);
        assertThat(rest.delete(VERSIONS + "/2").body()).isEqualTo("2");
        assertThat(rest.get(VERSIONS).body()).isEqualTo("[1]");
        assertThat(rest.delete(VERSIONS + "/2").json().get("error_code").asInt())
                .isEqualTo(40406);
        assertThat(rest.delete(VERSIONS + "/2?permanent=true").body()).isEqualTo("2");

        assertThat(rest.delete("/subjects/" + SUBJECT + "?permanent=true")
                        .json()
                        .get("error_code")
                        .asInt())
                .isEqualTo(40405);
        assertThat(rest.delete("/subjects/" + SUBJECT).body()).isEqualTo("[1]");
        assertThat(rest.get("/subjects").body()).isEqualTo("[]");
        assertThat(rest.get("/subjects?deleted=true").body()).isEqualTo("[\"" + SUBJECT + "\"]");
        assertThat(rest.get("/schemas/ids/" + id).status())
                .as("ids outlive deletes")
                .isEqualTo(200);
        assertThat(rest.delete("/subjects/" + SUBJECT).json().get("error_code").asInt())
                .isEqualTo(40404);
        assertThat(rest.delete("/subjects/" + SUBJECT + "?permanent=true").body())
                .isEqualTo("[1]");
        assertThat(rest.get("/subjects?deleted=true").body()).isEqualTo("[]");
    }

    @Test
    void shouldKeepIdsAndConfigAcrossRestartOnTheSameLog() {
        final int id1 = register(SUBJECT, TestSchemas.V1);
        final int id2 = register(SUBJECT, TestSchemas.V2_OPTIONAL);
        rest.put("/config", Map.of("compatibility", "FULL"));
        server.close();

        server = new SchemaRegistryServer(settings(0), store).start();
        rest = new RestCalls(server.url());

        assertThat(rest.get(VERSIONS + "/1").json().get("id").asInt()).isEqualTo(id1);
        assertThat(rest.get(VERSIONS + "/2").json().get("id").asInt()).isEqualTo(id2);
        assertThat(rest.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        assertThat(register("new-value", TestSchemas.OTHER))
                .as("ids continue after the max")
                .isEqualTo(id2 + 1);
    }

    @Test
    void shouldLetTwoInstancesOnOneLogAgree() {
        final SchemaRegistryServer second = new SchemaRegistryServer(settings(0), store).start();
        try {
            final int id = register(SUBJECT, TestSchemas.V1);
            final RestCalls other = new RestCalls(second.url());

            assertThat(other.get("/schemas/ids/" + id).status()).isEqualTo(200);
            assertThat(other.postSchema(VERSIONS, TestSchemas.V1)
                            .json()
                            .get("id")
                            .asInt())
                    .isEqualTo(id);
        } finally {
            second.close();
        }
    }

    @Test
    void shouldFailClearlyWhenPortIsBusy() {
        final int busy = server.port();
        final SchemaRegistryServer clash = new SchemaRegistryServer(settings(busy), new InMemoryRegistryStore());

        assertThatThrownBy(clash::start)
                .isInstanceOf(RegistryStartException.class)
                .hasMessage("Schema registry cannot listen on 127.0.0.1:" + busy + ": port " + busy
                        + " is already in use (choose another registry port)");
    }

    @Test
    void shouldAnswerUnknownRoutesInRegistryErrorFormat() {
        final RestCalls.Answer answer = rest.get("/nowhere");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error_code").asInt()).isEqualTo(404);
    }

    @Test
    void shouldLeaveNoNonDaemonThreadBehindAfterClose() {
        server.close();
        final java.util.Set<Thread> before = nonDaemonThreads();
        final SchemaRegistryServer other = new SchemaRegistryServer(settings(0), new InMemoryRegistryStore()).start();
        other.close();

        // Javalin's start-up watcher would be a plain non-daemon "Thread-N" outliving close() by seconds.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(nonDaemonThreads()).isSubsetOf(before));
        server = new SchemaRegistryServer(settings(0), store).start();
    }

    private static java.util.Set<Thread> nonDaemonThreads() {
        final java.util.Set<Thread> threads = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isDaemon() && t.isAlive() && !t.getName().startsWith("awaitility"))
                .forEach(threads::add);
        return threads;
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> new RegistrySettings("k:9092", "127.0.0.1", 70_000, "_schemas", Duration.ofSeconds(1)))
                .hasMessage("registry port must be in 0..65535, was 70000");
        assertThatThrownBy(() -> new RegistrySettings("k:9092", " ", 0, "_schemas", Duration.ofSeconds(1)))
                .hasMessage("registry host must not be blank");
        assertThatThrownBy(() -> new RegistrySettings("k:9092", "127.0.0.1", 0, "_schemas", Duration.ZERO))
                .hasMessage("registry startup timeout must be positive, was PT0S");
    }

    @Test
    void shouldFailClearlyWhenKafkaIsUnreachable() {
        final RegistrySettings nowhere =
                new RegistrySettings("127.0.0.1:1", "127.0.0.1", 0, "_schemas", Duration.ofSeconds(2));

        assertThatThrownBy(() -> new SchemaRegistryServer(nowhere).start())
                .isInstanceOf(RegistryStartException.class)
                .hasMessage("Schema registry could not reach Kafka at 127.0.0.1:1 within PT2S");
    }
}
