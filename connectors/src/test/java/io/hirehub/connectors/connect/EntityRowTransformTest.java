package io.hirehub.connectors.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.User;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityRowTransformTest {

    private static final Schema ROW = SchemaBuilder.struct()
            .name("hirehub-cdc.user_service.users.Value")
            .optional()
            .field("id", SchemaBuilder.string().name("io.debezium.data.Uuid").build())
            .field("cognito_sub", Schema.STRING_SCHEMA)
            .field("email", Schema.STRING_SCHEMA)
            .field("user_type", Schema.STRING_SCHEMA)
            .field("status", Schema.OPTIONAL_STRING_SCHEMA)
            .field(
                    "created_at",
                    SchemaBuilder.int64()
                            .name("io.debezium.time.MicroTimestamp")
                            .optional()
                            .build())
            .field(
                    "updated_at",
                    SchemaBuilder.int64()
                            .name("io.debezium.time.MicroTimestamp")
                            .optional()
                            .build())
            .build();
    private static final Schema SOURCE = SchemaBuilder.struct()
            .name("io.debezium.connector.postgresql.Source")
            .field("schema", Schema.STRING_SCHEMA)
            .field("table", Schema.STRING_SCHEMA)
            .field("lsn", Schema.OPTIONAL_INT64_SCHEMA)
            .build();
    private static final Schema ENVELOPE = SchemaBuilder.struct()
            .name("hirehub-cdc.user_service.users.Envelope")
            .field("before", ROW)
            .field("after", ROW)
            .field("source", SOURCE)
            .field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA)
            .build();
    private static final Schema KEY =
            SchemaBuilder.struct().field("id", Schema.STRING_SCHEMA).build();
    private static final String ID = "0b7d3c52-4a2e-4f57-9a51-6c2f0f6f2a01";

    private final EntityRowTransform<SourceRecord> transform = new EntityRowTransform<>();

    @BeforeEach
    void configure() {
        transform.configure(Map.of());
    }

    @AfterEach
    void close() {
        transform.close();
    }

    private static SourceRecord change(final String op, final String userType, final String table) {
        final Struct row = new Struct(ROW)
                .put("id", ID)
                .put("cognito_sub", "sub-1")
                .put("email", "a@example.com")
                .put("user_type", userType)
                .put("created_at", 1_700_000_000_000_000L);
        final Struct source = new Struct(SOURCE)
                .put("schema", "user_service")
                .put("table", table)
                .put("lsn", 123_456L);
        final Struct envelope =
                new Struct(ENVELOPE).put("source", source).put("op", op).put("ts_ms", 1L);
        if ("d".equals(op)) {
            envelope.put("before", row);
        } else {
            envelope.put("after", row);
        }
        return new SourceRecord(
                Map.of(),
                Map.of("lsn", 123_456L),
                "hirehub-cdc.user_service." + table,
                null,
                KEY,
                new Struct(KEY).put("id", ID),
                ENVELOPE,
                envelope);
    }

    private static String header(final SourceRecord record, final String name) {
        final Header header = record.headers().lastWithName(name);
        return header == null ? null : (String) header.value();
    }

    @Test
    void shouldTurnInsertIntoCleanEntityRecordOnItsTopic() {
        final SourceRecord out = transform.apply(change("c", "jobseeker", "users"));

        assertThat(out.topic()).isEqualTo("hirehub.user.users");
        assertThat(out.key()).isEqualTo(ID);
        assertThat(out.valueSchema()).isNull();
        final GenericRecord value = (GenericRecord) out.value();
        assertThat(value.getSchema()).isEqualTo(User.getClassSchema());
        assertThat(value.get("user_type")).hasToString("JOBSEEKER");
        assertThat(value.get("created_at")).isEqualTo(1_700_000_000_000_000L);
        assertThat(header(out, CdcHeaders.LSN)).isEqualTo("123456");
        assertThat(header(out, CdcHeaders.TABLE)).isEqualTo("user_service.users");
        assertThat(header(out, CdcHeaders.OP)).isEqualTo("c");
    }

    @Test
    void shouldTurnDeleteIntoTombstone() {
        final SourceRecord out = transform.apply(change("d", "jobseeker", "users"));

        assertThat(out.topic()).isEqualTo("hirehub.user.users");
        assertThat(out.key()).isEqualTo(ID);
        assertThat(out.value()).isNull();
        assertThat(header(out, CdcHeaders.OP)).isEqualTo("d");
    }

    @Test
    void shouldSendUnmappableRowToDeadLetterTopicWithReason() {
        final SourceRecord out = transform.apply(change("u", "robot", "users"));

        assertThat(out.topic()).isEqualTo("hirehub.cdc.dlq");
        assertThat(out.key()).isEqualTo(ID);
        assertThat(header(out, CdcHeaders.TABLE)).isEqualTo("user_service.users");
        assertThat(header(out, CdcHeaders.LSN)).isEqualTo("123456");
        assertThat(header(out, CdcHeaders.ERROR_CLASS)).isEqualTo(RowMappingException.class.getName());
        assertThat(header(out, CdcHeaders.ERROR_MESSAGE))
                .isEqualTo("User.user_type: 'robot' is not a value of enum io.hirehub.avro.entity.UserType");
        assertThat(new String((byte[]) out.value(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"dead_letter\":1,"
                                + "\"source\":{\"table\":\"user_service.users\",\"lsn\":\"123456\",\"op\":\"u\"},"
                                + "\"error\":{\"class\":\"io.hirehub.connectors.connect.RowMappingException\","
                                + "\"message\":\"User.user_type: 'robot' is not a value of enum io.hirehub.avro.entity.UserType\"},"
                                + "\"row\":{\"id\":\"" + ID + "\",\"cognito_sub\":\"[REDACTED]\",\"email\":\"[EMAIL]\","
                                + "\"user_type\":\"robot\",\"status\":null,\"created_at\":1700000000000000,\"updated_at\":null}}");
    }

    @Test
    void shouldKeepNoRawPersonalValueInTheDeadLetterOfAnUnmappableRow() {
        final Struct row = new Struct(ROW)
                .put("id", ID)
                .put("cognito_sub", "google_114422339988")
                .put("email", "hong.gildong@example.com")
                .put("user_type", "robot")
                .put("status", "홍길동 010-1234-5678 hong.gildong@example.com 계좌 신한은행 110-432-987654");
        final Struct envelope = new Struct(ENVELOPE)
                .put(
                        "source",
                        new Struct(SOURCE)
                                .put("schema", "user_service")
                                .put("table", "users")
                                .put("lsn", 9L))
                .put("op", "c")
                .put("after", row);

        final SourceRecord out = transform.apply(new SourceRecord(
                Map.of(),
                Map.of(),
                "hirehub-cdc.user_service.users",
                null,
                KEY,
                new Struct(KEY).put("id", ID),
                ENVELOPE,
                envelope));

        assertThat(out.topic()).isEqualTo("hirehub.cdc.dlq");
        final String value = new String((byte[]) out.value(), StandardCharsets.UTF_8);
        assertThat(value)
                .doesNotContain("google_114422339988", "hong.gildong", "홍길동", "1234-5678", "987654")
                .contains("\"id\":\"" + ID + "\"", "\"lsn\":\"9\"", "[NAME] [PHONE] [EMAIL] 계좌 신한은행 [BANK_ACCOUNT]");
        assertThat(out.headers().toString()).doesNotContain("hong.gildong", "1234-5678");
    }

    @Test
    void shouldSendTableWithoutEntityRecordToDeadLetterTopic() {
        final SourceRecord out = transform.apply(change("c", "jobseeker", "no_such_table"));

        assertThat(out.topic()).isEqualTo("hirehub.cdc.dlq");
        assertThat(header(out, CdcHeaders.ERROR_MESSAGE))
                .isEqualTo("no Avro entity record for table user_service.no_such_table");
    }

    @Test
    void shouldRouteHeartbeatTableRowsToHeartbeatTopic() {
        final SourceRecord out = transform.apply(change("u", "jobseeker", "cdc_heartbeat"));

        assertThat(out.topic()).isEqualTo("hirehub.cdc.heartbeat");
        assertThat(header(out, CdcHeaders.LSN)).isEqualTo("123456");
    }

    @Test
    void shouldPassRoutedOutboxEventThroughUntouched() {
        final SourceRecord event = new SourceRecord(
                Map.of(),
                Map.of(),
                "job.created",
                null,
                Schema.STRING_SCHEMA,
                "agg-1",
                Schema.BYTES_SCHEMA,
                new byte[] {0, 0, 0, 0, 1, 7});

        assertThat(transform.apply(event)).isSameAs(event);
    }

    @Test
    void shouldJoinCompositeKeyInKeyOrder() {
        final Schema key = SchemaBuilder.struct()
                .field("job_id", Schema.STRING_SCHEMA)
                .field("skill_id", Schema.STRING_SCHEMA)
                .build();

        assertThat(EntityRowTransform.key(new Struct(key).put("job_id", "j-1").put("skill_id", "s-2")))
                .isEqualTo("j-1:s-2");
    }

    @Test
    void shouldEncodeEntityInConfluentWireFormatAndPassBytesThrough() throws Exception {
        final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        final ConfluentAvroConverter converter = new ConfluentAvroConverter(registry);
        converter.configure(Map.of(), false);
        final SourceRecord out = transform.apply(change("r", "company", "users"));

        final byte[] bytes = converter.fromConnectData(out.topic(), out.valueSchema(), out.value());

        final ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertThat(buffer.get()).isEqualTo((byte) 0);
        final int id = buffer.getInt();
        assertThat(registry.getById(id)).isEqualTo(User.getClassSchema());
        final GenericRecord decoded = new GenericDatumReader<GenericRecord>(User.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(decoded.get("id")).hasToString(ID);
        assertThat(decoded.get("user_type")).hasToString("COMPANY");
        assertThat(converter.fromConnectData("job.created", Schema.BYTES_SCHEMA, new byte[] {0, 0, 0, 0, 7, 42}))
                .containsExactly(0, 0, 0, 0, 7, 42);
        assertThat(converter.fromConnectData("hirehub.user.users", null, null)).isNull();
        assertThat(GenericData.get().validate(User.getClassSchema(), out.value()))
                .isTrue();
    }
}
