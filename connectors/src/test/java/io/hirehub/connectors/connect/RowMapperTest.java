package io.hirehub.connectors.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    private static final Schema RECORD = new Schema.Parser().parse("""
            {"type":"record","name":"Probe","namespace":"io.hirehub.avro.entity","doc":"test","fields":[
             {"name":"id","type":{"type":"string","logicalType":"uuid"}},
             {"name":"status","type":{"type":"enum","name":"ProbeStatus","symbols":["active","inactive"]}},
             {"name":"job_type","type":["null",{"type":"enum","name":"ProbeJobType","symbols":["FULL_TIME","INTERN","UNKNOWN"],
               "sqlValues":{"FULL_TIME":"full-time","INTERN":"intern"}}],"default":null},
             {"name":"is_primary","type":["null","boolean"],"default":null},
             {"name":"experience_years","type":["null","int"],"default":null},
             {"name":"views","type":"long"},
             {"name":"match_score","type":["null",{"type":"bytes","logicalType":"decimal","precision":5,"scale":2}],"default":null},
             {"name":"created_at","type":["null",{"type":"long","logicalType":"timestamp-micros"}],"default":null},
             {"name":"posted_at","type":["null",{"type":"long","logicalType":"timestamp-millis"}],"default":null},
             {"name":"start_date","type":["null",{"type":"int","logicalType":"date"}],"default":null},
             {"name":"skills","type":["null",{"type":"array","items":"string"}],"default":null},
             {"name":"embedding","type":["null",{"type":"array","items":"float"}],"default":null},
             {"name":"parsed_content","type":["null","string"],"default":null},
             {"name":"not_in_table","type":"string","default":"fallback"}
            ]}""");

    private static final org.apache.kafka.connect.data.Schema ROW = SchemaBuilder.struct()
            .name("probe.Value")
            .field("id", SchemaBuilder.string().name("io.debezium.data.Uuid").build())
            .field("status", SchemaBuilder.string().optional().build())
            .field("job_type", SchemaBuilder.string().optional().build())
            .field("is_primary", SchemaBuilder.bool().optional().build())
            .field("experience_years", SchemaBuilder.int32().optional().build())
            .field("views", SchemaBuilder.int32().optional().build())
            .field("match_score", Decimal.builder(2).optional().build())
            .field(
                    "created_at",
                    SchemaBuilder.int64()
                            .name("io.debezium.time.MicroTimestamp")
                            .optional()
                            .build())
            .field(
                    "posted_at",
                    SchemaBuilder.string()
                            .name("io.debezium.time.ZonedTimestamp")
                            .optional()
                            .build())
            .field(
                    "start_date",
                    SchemaBuilder.int32()
                            .name("io.debezium.time.Date")
                            .optional()
                            .build())
            .field(
                    "skills",
                    SchemaBuilder.array(SchemaBuilder.string().optional().build())
                            .optional()
                            .build())
            .field(
                    "embedding",
                    SchemaBuilder.array(SchemaBuilder.float32().optional().build())
                            .optional()
                            .build())
            .field(
                    "parsed_content",
                    SchemaBuilder.string()
                            .name("io.debezium.data.Json")
                            .optional()
                            .build())
            .field("extra_column", SchemaBuilder.string().optional().build())
            .build();

    private final RowMapper mapper = new RowMapper(RECORD);

    private static Struct fullRow() {
        return new Struct(ROW)
                .put("id", "6f1c1e2a-1111-4c4c-8888-000000000001")
                .put("status", "active")
                .put("job_type", "full-time")
                .put("is_primary", true)
                .put("experience_years", 7)
                .put("views", 42)
                .put("match_score", new BigDecimal("87.50"))
                .put("created_at", 1_700_000_000_123_456L)
                .put("posted_at", "2024-03-01T09:30:00.250Z")
                .put("start_date", 19_000)
                .put("skills", List.of("java", "kafka"))
                .put("embedding", List.of(0.5f, -1.25f))
                .put("parsed_content", "{\"skills\":[\"java\"]}")
                .put("extra_column", "ignored");
    }

    @Test
    void shouldMapEveryColumnTypeByFieldName() {
        final GenericData.Record record = mapper.map(fullRow());

        assertThat(record.get("id")).isEqualTo("6f1c1e2a-1111-4c4c-8888-000000000001");
        assertThat(record.get("status"))
                .isEqualTo(new GenericData.EnumSymbol(RECORD.getField("status").schema(), "active"));
        assertThat(record.get("job_type")).hasToString("FULL_TIME");
        assertThat(record.get("is_primary")).isEqualTo(true);
        assertThat(record.get("experience_years")).isEqualTo(7);
        assertThat(record.get("views")).isEqualTo(42L);
        assertThat(new BigDecimal(new BigInteger(((ByteBuffer) record.get("match_score")).array()), 2))
                .isEqualByComparingTo("87.50");
        assertThat(record.get("created_at")).isEqualTo(1_700_000_000_123_456L);
        assertThat(record.get("posted_at")).isEqualTo(1_709_285_400_250L);
        assertThat(record.get("start_date")).isEqualTo(19_000);
        assertThat(record.get("skills")).isEqualTo(List.of("java", "kafka"));
        assertThat(record.get("embedding")).isEqualTo(List.of(0.5f, -1.25f));
        assertThat(record.get("parsed_content")).isEqualTo("{\"skills\":[\"java\"]}");
        assertThat(record.get("not_in_table")).hasToString("fallback");
        assertThat(GenericData.get().validate(RECORD, record)).isTrue();
    }

    @Test
    void shouldMapNullColumnsToNullForOptionalFields() {
        final Struct row = new Struct(ROW)
                .put("id", "6f1c1e2a-1111-4c4c-8888-000000000002")
                .put("status", "inactive")
                .put("views", 0);

        final GenericData.Record record = mapper.map(row);

        assertThat(record.get("match_score")).isNull();
        assertThat(record.get("skills")).isNull();
        assertThat(record.get("created_at")).isNull();
    }

    @Test
    void shouldRejectNullForRequiredFieldNamingIt() {
        final Struct row = fullRow().put("views", null);

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Probe.views: null for a required long field");
    }

    @Test
    void shouldRejectUnknownEnumSymbol() {
        final Struct row = fullRow().put("status", "banned");

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Probe.status: 'banned' is not a value of enum io.hirehub.avro.entity.ProbeStatus");
    }

    @Test
    void shouldRejectSqlTextWithoutSymbolEvenTheReaderFallback() {
        final Struct row = fullRow().put("job_type", "UNKNOWN");

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Probe.job_type: 'UNKNOWN' is not a value of enum io.hirehub.avro.entity.ProbeJobType");
    }

    @Test
    void shouldRejectDecimalBeyondPrecision() {
        final Struct row = fullRow().put("match_score", new BigDecimal("1234.50"));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Probe.match_score: 1234.50 exceeds precision 5");
    }

    @Test
    void shouldRejectNullArrayElementOfRequiredItems() {
        final Struct row = fullRow().put("skills", java.util.Arrays.asList("java", null));

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Probe.skills: [1] null for a required string field");
    }

    @Test
    void shouldRejectRequiredFieldWithoutColumn() {
        final Schema needsColumn = new Schema.Parser().parse("""
                {"type":"record","name":"Strict","fields":[{"name":"missing","type":"string"}]}""");

        assertThatThrownBy(() -> new RowMapper(needsColumn).map(fullRow()))
                .isInstanceOf(RowMappingException.class)
                .hasMessage("Strict.missing: no column of that name in the row");
    }

    @Test
    void shouldNameSingularAndPascalCaseRecordCandidates() {
        final EntitySchemas schemas =
                new EntitySchemas("ns", java.util.Map.of(), getClass().getClassLoader());

        assertThat(schemas.candidates("companies")).first().isEqualTo("ns.Company");
        assertThat(schemas.candidates("job_skills")).first().isEqualTo("ns.JobSkill");
        assertThat(schemas.candidates("match_feedback")).first().isEqualTo("ns.MatchFeedback");
        assertThat(schemas.candidates("user_notification_settings"))
                .contains("ns.UserNotificationSetting", "ns.UserNotificationSettings");
        assertThat(schemas.candidates("users")).first().isEqualTo("ns.User");
    }
}
