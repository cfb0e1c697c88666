package io.hirehub.topologies.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_ID = "3f1c2a9e-8d4b-4c1e-9a77-5b6d2e0f1a10";
    private static final String RESUME_ID = "7a2e4c1b-0f3d-4e8a-b5c6-9d1e2f3a4b5c";

    /** Personal values a dead letter must never hold. */
    private static final List<String> RAW = List.of(
            "홍길동",
            "010-1234-5678",
            "hong.gildong@example.com",
            "gildong",
            "서울특별시 강남구 테헤란로 123",
            "900101-1234567",
            "110-432-987654",
            "M123A4567",
            "sub-abc-123",
            "Kim");

    private final DeadLetterValues values = new DeadLetterValues();

    private static Map<String, Object> rowWithPersonalData() {
        final Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", RESUME_ID);
        row.put("user_id", USER_ID);
        row.put("name", "Kim");
        row.put("phone", "010-1234-5678");
        row.put("email", "hong.gildong@example.com");
        row.put("cognito_sub", "sub-abc-123");
        row.put("title", "홍길동 이력서 (hong.gildong@example.com)");
        row.put(
                "original_content",
                "이름: 홍길동\n주소: 서울특별시 강남구 테헤란로 123\n주민등록번호: 900101-1234567\n"
                        + "급여 계좌 신한은행 110-432-987654, 여권 M123A4567\n"
                        + "경력: 신세계 I&C 백엔드 개발 (2019.03 ~ 2023.08), Kafka 3.6");
        row.put("experience_years", 7);
        row.put("desired_salary_min", 6500);
        row.put("is_primary", true);
        row.put("skills", List.of("Java", "Kafka", "연락처 010-1234-5678"));
        row.put("status", "exploded");
        row.put("created_at", 1_700_000_000_000_000L);
        row.put("photo", new byte[] {1, 2, 3});
        row.put("profile", Map.of("home_address", "서울특별시 강남구 테헤란로 123", "city", "서울"));
        row.put("desired_position", null);
        return row;
    }

    @Test
    void shouldDescribeAnUnmappableRowWithItsPositionMaskedColumnsAndMaskedError() throws Exception {
        final byte[] value = values.unmappableRow(
                new DeadLetterValues.RowSource("resume_service.resumes", "24023128", "c"),
                rowWithPersonalData(),
                new IllegalArgumentException("Resume.status: 'exploded' is not a value, row of 홍길동 (010-1234-5678)"));

        final String text = new String(value, StandardCharsets.UTF_8);
        for (final String raw : RAW) {
            assertThat(text).as(raw).doesNotContain(raw);
        }
        final JsonNode json = JSON.readTree(value);
        assertThat(json.path("dead_letter").asInt()).isEqualTo(DeadLetterValues.VERSION);
        assertThat(json.path("source").toString())
                .isEqualTo("{\"table\":\"resume_service.resumes\",\"lsn\":\"24023128\",\"op\":\"c\"}");
        assertThat(json.path("error").path("class").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(json.path("error").path("message").asText())
                .isEqualTo("Resume.status: 'exploded' is not a value, row of [NAME] ([PHONE])");
        final JsonNode row = json.path("row");
        assertThat(row.path("id").asText()).isEqualTo(RESUME_ID);
        assertThat(row.path("user_id").asText()).isEqualTo(USER_ID);
        assertThat(row.path("name").asText()).isEqualTo("[NAME]");
        assertThat(row.path("phone").asText()).isEqualTo("[PHONE]");
        assertThat(row.path("email").asText()).isEqualTo("[EMAIL]");
        assertThat(row.path("cognito_sub").asText()).isEqualTo("[REDACTED]");
        assertThat(row.path("title").asText()).isEqualTo("[NAME] 이력서 ([EMAIL])");
        assertThat(row.path("original_content").asText())
                .contains("이름: [NAME]", "주소: [ADDRESS]", "[RRN]", "[BANK_ACCOUNT]", "[PASSPORT]")
                .contains("신세계 I&C 백엔드 개발 (2019.03 ~ 2023.08), Kafka 3.6");
        assertThat(row.path("experience_years").asInt()).isEqualTo(7);
        assertThat(row.path("is_primary").asBoolean()).isTrue();
        assertThat(row.path("skills").toString()).isEqualTo("[\"Java\",\"Kafka\",\"연락처 [PHONE]\"]");
        assertThat(row.path("status").asText()).isEqualTo("exploded");
        assertThat(row.path("created_at").asLong()).isEqualTo(1_700_000_000_000_000L);
        assertThat(row.path("photo").asText()).isEqualTo("[3 bytes]");
        assertThat(row.path("profile").path("home_address").asText()).isEqualTo("[ADDRESS]");
        assertThat(row.path("profile").path("city").asText()).isEqualTo("서울");
        assertThat(row.path("desired_position").isNull()).isTrue();
    }

    @Test
    void shouldKeepNothingOfUndecodableBytesButTheirSizeDigestSchemaIdAndIds() throws Exception {
        final ByteArrayOutputStream avro = new ByteArrayOutputStream();
        avro.write(0);
        avro.write(ByteBuffer.allocate(4).putInt(17).array());
        avro.write(("\u0048" + RESUME_ID + "\u0048" + USER_ID
                        + "s3://hirehub/resumes/홍길동_010-1234-5678_hong.gildong@example.com.pdf")
                .getBytes(StandardCharsets.UTF_8));
        final byte[] bytes = avro.toByteArray();

        final byte[] value = values.undecodable(
                new DeadLetterValues.RecordSource("resume.uploaded", 2, 41),
                bytes,
                new IllegalStateException("cannot read s3://hirehub/resumes/홍길동_010-1234-5678.pdf"));

        final String text = new String(value, StandardCharsets.UTF_8);
        for (final String raw : RAW) {
            assertThat(text).as(raw).doesNotContain(raw);
        }
        final JsonNode json = JSON.readTree(value);
        assertThat(json.path("source").toString())
                .isEqualTo("{\"topic\":\"resume.uploaded\",\"partition\":2,\"offset\":41}");
        assertThat(json.path("error").path("message").asText()).doesNotContain("홍길동", "5678");
        final JsonNode payload = json.path("payload");
        assertThat(payload.path("bytes").asInt()).isEqualTo(bytes.length);
        assertThat(payload.path("sha256").asText()).hasSize(64);
        assertThat(payload.path("schema_id").asInt()).isEqualTo(17);
        assertThat(payload.path("ids").toString()).isEqualTo("[\"" + RESUME_ID + "\",\"" + USER_ID + "\"]");
        assertThat(json.has("row")).isFalse();
    }

    @Test
    void shouldDescribeATombstoneAndBytesWithoutWireHeader() throws Exception {
        final JsonNode tombstone = JSON.readTree(
                values.undecodable(new DeadLetterValues.RecordSource("t", -1, -1), null, new RuntimeException("x")));
        final JsonNode plain = JSON.readTree(values.undecodable(
                new DeadLetterValues.RecordSource("t", 0, 0),
                "not avro".getBytes(StandardCharsets.UTF_8),
                new RuntimeException((String) null)));

        assertThat(tombstone.path("source").toString()).isEqualTo("{\"topic\":\"t\"}");
        assertThat(tombstone.path("payload").path("bytes").isNull()).isTrue();
        assertThat(plain.path("payload").has("schema_id")).isFalse();
        assertThat(plain.path("payload").path("ids").size()).isZero();
        assertThat(plain.path("error").path("message").asText()).isEqualTo("null");
    }

    @Test
    void shouldReplaceColumnsNamedForPersonalDataWhateverTheyHold() {
        assertThat(ColumnPolicy.placeholderFor("email")).contains("[EMAIL]");
        assertThat(ColumnPolicy.placeholderFor("contact_email")).contains("[EMAIL]");
        assertThat(ColumnPolicy.placeholderFor("phone")).contains("[PHONE]");
        assertThat(ColumnPolicy.placeholderFor("mobile_number")).contains("[PHONE]");
        assertThat(ColumnPolicy.placeholderFor("token")).contains("[REDACTED]");
        assertThat(ColumnPolicy.placeholderFor("password_hash")).contains("[REDACTED]");
        assertThat(ColumnPolicy.placeholderFor("name")).contains("[NAME]");
        assertThat(ColumnPolicy.placeholderFor("birth_date")).contains("[BIRTH_DATE]");
        assertThat(ColumnPolicy.placeholderFor("company_name")).isEmpty();
        assertThat(ColumnPolicy.placeholderFor("desired_position")).isEmpty();
        assertThat(ColumnPolicy.placeholderFor("telemetry")).isEmpty();
    }
}
