package io.hirehub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.schemas.registry.CompatibilityResult;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryException;
import io.hirehub.schemas.registry.SubjectSchema;
import io.hirehub.schemas.serde.AvroSerdes;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our REST client against our server (in-memory log), both sides of the same API. */
class HttpSchemaRegistryClientTest {

    private static final String SUBJECT = "hirehub.test.candidates-value";
    private static final Schema V1 = new Schema.Parser().parse(TestSchemas.V1);
    private static final Schema V2_OPTIONAL = new Schema.Parser().parse(TestSchemas.V2_OPTIONAL);
    private static final Schema V2_REQUIRED = new Schema.Parser().parse(TestSchemas.V2_REQUIRED);

    private final InMemoryRegistryStore store = new InMemoryRegistryStore();
    private SchemaRegistryServer server;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() {
        server = new SchemaRegistryServer(SchemaRegistryServerTest.settings(0), store).start();
        client = HttpSchemaRegistryClient.of(server.url());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldRegisterIdempotentlyAndCacheTheId() {
        final int id = client.register(SUBJECT, V1);

        assertThat(client.register(SUBJECT, V1)).isEqualTo(id);
        assertThat(HttpSchemaRegistryClient.of(server.url()).register(SUBJECT, V1))
                .isEqualTo(id);
        assertThat(store.records()).as("one registration reached the log").hasSize(1);
    }

    @Test
    void shouldGetSchemaByIdAndCacheIt() {
        final int id = client.register(SUBJECT, V1);
        final SchemaRegistryClient fresh = HttpSchemaRegistryClient.of(server.url());

        assertThat(fresh.getById(id)).isEqualTo(V1);
        server.close();
        assertThat(fresh.getById(id))
                .as("served from cache with the server gone")
                .isEqualTo(V1);
    }

    @Test
    void shouldReadLatestVersionAndLookUpSchema() {
        client.register(SUBJECT, V1);
        final int id2 = client.register(SUBJECT, V2_OPTIONAL);

        final SubjectSchema latest = client.latest(SUBJECT);
        assertThat(latest).isEqualTo(new SubjectSchema(SUBJECT, 2, id2, V2_OPTIONAL));
        assertThat(client.lookup(SUBJECT, V1).version()).isEqualTo(1);
    }

    @Test
    void shouldTestCompatibilityWithReasons() {
        client.register(SUBJECT, V1);

        assertThat(client.testCompatibility(SUBJECT, SchemaRegistryClient.LATEST, V2_OPTIONAL))
                .isEqualTo(new CompatibilityResult(true, java.util.List.of()));
        final CompatibilityResult refused = client.testCompatibility(SUBJECT, "1", V2_REQUIRED);
        assertThat(refused.compatible()).isFalse();
        assertThat(refused.messages()).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldThrowTypedExceptionsWithRegistryCodes() {
        assertThatThrownBy(() -> client.getById(404))
                .isInstanceOf(SchemaRegistryException.SchemaNotFoundException.class)
                .hasMessage("Schema 404 not found")
                .satisfies(e ->
                        assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> client.latest("nope-value"))
                .isInstanceOf(SchemaRegistryException.SubjectNotFoundException.class)
                .hasMessage("Subject 'nope-value' not found.");
        client.register(SUBJECT, V1);
        assertThatThrownBy(() -> client.lookup(SUBJECT, V2_OPTIONAL))
                .isInstanceOf(SchemaRegistryException.SchemaNotFoundException.class)
                .hasMessage("Schema not found");
        assertThatThrownBy(() -> client.register(SUBJECT, V2_REQUIRED))
                .isInstanceOf(SchemaRegistryException.IncompatibleSchemaException.class)
                .hasMessageContaining("incompatible with an earlier schema")
                .satisfies(e ->
                        assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(409));
    }

    @Test
    void shouldRoundTripThroughSerdeConfiguredByKafkaProperties() {
        final Serde<GenericRecord> serde = AvroSerdes.generic(client);
        final GenericRecord record = new GenericData.Record(V1);
        record.put("id", "c-1");
        record.put("name", "박지민");

        final byte[] bytes = serde.serializer().serialize("hirehub.test.candidates", record);
        final org.apache.kafka.common.serialization.Deserializer<GenericRecord> configured =
                new io.hirehub.schemas.serde.AvroDeserializer<>();
        configured.configure(Map.of("schema.registry.url", server.url()), false);

        assertThat(configured
                        .deserialize("hirehub.test.candidates", bytes)
                        .get("name")
                        .toString())
                .isEqualTo("박지민");
        configured.close();
    }

    @Test
    void shouldKeepSubjectNamesThatNeedEncoding() {
        final int id = client.register("odd name/with slash-value", V1);

        assertThat(client.latest("odd name/with slash-value").id()).isEqualTo(id);
        assertThat(new RestCalls(server.url()).get("/subjects").body()).isEqualTo("[\"odd name/with slash-value\"]");
    }

    @Test
    void shouldGiveDistinctIdsToConcurrentRegistrations() throws Exception {
        final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            final java.util.List<java.util.concurrent.Future<Integer>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                final Schema schema =
                        new Schema.Parser().parse(TestSchemas.V1.replace("Candidate", "Candidate" + (i % 20)));
                final String subject = "concurrent-" + (i % 20) + "-value";
                ids.add(pool.submit(
                        () -> HttpSchemaRegistryClient.of(server.url()).register(subject, schema)));
            }
            final java.util.Set<Integer> distinct = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Integer> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).as("20 schemas, each registered twice").hasSize(20);
            assertThat(distinct).allSatisfy(id -> assertThat(id).isBetween(1, 20));
        } finally {
            pool.shutdownNow();
        }
    }
}
