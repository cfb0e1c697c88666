package io.hirehub.schemas.avro;

import static io.hirehub.schemas.avro.AvscFiles.ENTITY_NAMESPACE;
import static io.hirehub.schemas.avro.AvscFiles.EVENT_NAMESPACE;
import static io.hirehub.schemas.avro.AvscFiles.nonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** Rules every .avsc file follows (STYLE.md "Schemas", COMMON.md conventions). */
class AvscContractTest {

    private final Map<String, Schema> schemas = AvscFiles.load();

    @Test
    void shouldParseEveryFileAsOneNamedTypeNamedLikeTheFile() {
        assertThat(schemas).hasSize(55);
        schemas.forEach((file, schema) -> {
            assertThat(schema.getName()).as(file).isEqualTo(file);
            assertThat(schema.getNamespace()).as(file).isIn(EVENT_NAMESPACE, ENTITY_NAMESPACE);
        });
        assertThat(schemas.values())
                .filteredOn(s -> s.getType() == Schema.Type.ENUM)
                .hasSize(20);
        assertThat(AvscFiles.records(schemas, ENTITY_NAMESPACE)).hasSize(24);
        assertThat(AvscFiles.records(schemas, EVENT_NAMESPACE)).hasSize(11);
    }

    @Test
    void shouldDocumentEveryTypeAndField() {
        final List<String> undocumented = new ArrayList<>();
        for (final Schema schema : schemas.values()) {
            if (schema.getDoc() == null || schema.getDoc().isBlank()) {
                undocumented.add(schema.getFullName());
            }
            if (schema.getType() == Schema.Type.RECORD) {
                schema.getFields().stream()
                        .filter(f -> f.doc() == null || f.doc().isBlank())
                        .forEach(f -> undocumented.add(schema.getFullName() + '.' + f.name()));
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldMakeNullableFieldsOptionalWithNullDefault() {
        for (final Schema record : allRecords()) {
            for (final Schema.Field field : record.getFields()) {
                if (field.schema().getType() == Schema.Type.UNION) {
                    assertThat(field.schema().getTypes())
                            .as(record.getName() + '.' + field.name())
                            .hasSize(2);
                    assertThat(field.schema().getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
                    assertThat(field.defaultVal())
                            .as(record.getName() + '.' + field.name())
                            .isEqualTo(JsonProperties.NULL_VALUE);
                }
            }
        }
    }

    @Test
    void shouldUseUuidAndTimestampMicrosLogicalTypes() {
        for (final Schema record : allRecords()) {
            for (final Schema.Field field : record.getFields()) {
                final Schema type = nonNull(field.schema());
                final String where = record.getName() + '.' + field.name();
                if (field.name().equals("id")
                        || field.name().endsWith("_id")
                        || field.name().equals("feedback_by")) {
                    assertThat(type.getLogicalType()).as(where).isEqualTo(LogicalTypes.uuid());
                    assertThat(type.getType()).as(where).isEqualTo(Schema.Type.STRING);
                }
                if (field.name().endsWith("_at")) {
                    assertThat(type.getLogicalType()).as(where).isInstanceOf(LogicalTypes.TimestampMicros.class);
                }
                if (field.name().endsWith("_date")) {
                    assertThat(type.getLogicalType()).as(where).isInstanceOf(LogicalTypes.Date.class);
                }
            }
        }
    }

    @Test
    void shouldNeverPutFloatingPointOnTheWire() {
        for (final Schema record : allRecords()) {
            for (final Schema.Field field : record.getFields()) {
                final Schema type = nonNull(field.schema());
                assertThat(type.getType())
                        .as(record.getName() + '.' + field.name())
                        .isNotIn(Schema.Type.FLOAT, Schema.Type.DOUBLE);
                if (type.getType() == Schema.Type.ARRAY && type.getElementType().getType() == Schema.Type.FLOAT) {
                    // The one exception: embedding vectors, floats by nature (real[] / vector in PostgreSQL).
                    assertThat(field.name()).isEqualTo("embedding");
                }
                if (field.name().endsWith("score") || record.getName().equals("MatchScores")) {
                    assertThat(type.getLogicalType())
                            .as(record.getName() + '.' + field.name())
                            .isEqualTo(LogicalTypes.decimal(5, 2));
                    assertThat(type.getType()).isEqualTo(Schema.Type.BYTES);
                }
            }
        }
    }

    @Test
    void shouldGiveEveryEnumAnUnknownDefaultAndTheSqlTextOfEachSymbol() {
        for (final Schema schema : schemas.values()) {
            if (schema.getType() != Schema.Type.ENUM) {
                continue;
            }
            assertThat(schema.getNamespace()).isEqualTo(ENTITY_NAMESPACE);
            assertThat(schema.getEnumDefault()).as(schema.getName()).isEqualTo("UNKNOWN");
            assertThat(schema.getEnumSymbols()).last().isEqualTo("UNKNOWN");
            @SuppressWarnings("unchecked")
            final Map<String, String> sqlValues = (Map<String, String>) schema.getObjectProp("sqlValues");
            assertThat(sqlValues.keySet())
                    .as(schema.getName())
                    .containsExactlyElementsOf(schema.getEnumSymbols()
                            .subList(0, schema.getEnumSymbols().size() - 1));
            sqlValues.forEach((symbol, sql) ->
                    assertThat(symbol).isEqualTo(sql.toUpperCase(Locale.ROOT).replace('-', '_')));
        }
    }

    @Test
    void shouldFollowTheSeedValueLists() {
        assertThat(sqlValues("JobType")).containsExactly("full-time", "contract", "intern");
        assertThat(sqlValues("ApplicationStatus"))
                .containsExactly(
                        "submitted",
                        "reviewing",
                        "interview_scheduled",
                        "interview_completed",
                        "offered",
                        "accepted",
                        "rejected",
                        "withdrawn");
        assertThat(sqlValues("NotificationChannel")).containsExactly("email", "push", "sms", "in_app");
        assertThat(sqlValues("NotificationStatus")).containsExactly("pending", "sent", "delivered", "failed", "read");
        assertThat(sqlValues("FeedbackType")).containsExactly("helpful", "not_helpful", "hired", "rejected");
        assertThat(sqlValues("UserType")).containsExactly("jobseeker", "company", "admin");
        assertThat(sqlValues("ExperienceLevel")).containsExactly("entry", "junior", "mid", "senior");
        assertThat(sqlValues("RemoteType")).containsExactly("onsite", "remote", "hybrid");
        assertThat(sqlValues("JobStatus")).containsExactly("draft", "open", "closed");
        assertThat(sqlValues("ResumeStatus")).containsExactly("processing", "ready", "error");
        assertThat(sqlValues("InterviewType")).containsExactly("phone", "video", "onsite", "assignment");
        assertThat(sqlValues("InterviewStatus")).containsExactly("scheduled", "completed", "cancelled");
        assertThat(sqlValues("DeviceType")).containsExactly("ios", "android", "web");
        // The seed's four, then the skill catalogue's (job V3): appended, so the seed's symbols keep their order.
        assertThat(sqlValues("SkillCategory"))
                .containsExactly("language", "framework", "database", "cloud", "tool", "certificate", "competency");
        assertThat(sqlValues("Proficiency")).containsExactly("beginner", "intermediate", "advanced", "expert");
        assertThat(sqlValues("ActorType")).containsExactly("jobseeker", "company", "system");
        assertThat(sqlValues("AiTaskType"))
                .containsExactly("pii_masking", "parsing", "embedding", "matching", "summary");
        assertThat(sqlValues("AiSourceType")).containsExactly("resume", "job");
        assertThat(sqlValues("AiTaskStatus")).containsExactly("pending", "processing", "completed", "failed");
        assertThat(sqlValues("ApplicationEventType"))
                .containsExactly("status_changed", "interview_scheduled", "feedback_added");
    }

    private List<String> sqlValues(final String enumName) {
        @SuppressWarnings("unchecked")
        final Map<String, String> values =
                (Map<String, String>) schemas.get(enumName).getObjectProp("sqlValues");
        return List.copyOf(values.values());
    }

    private List<Schema> allRecords() {
        return schemas.values().stream()
                .filter(s -> s.getType() == Schema.Type.RECORD)
                .toList();
    }
}
