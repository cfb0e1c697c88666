package io.hirehub.schemas.avro;

import static io.hirehub.schemas.avro.AvscFiles.ENTITY_NAMESPACE;
import static io.hirehub.schemas.avro.AvscFiles.nonNull;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.migration.SqlDdl;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Entity records mirror the CREATE TABLE statements of the migrations column for column, so CDC
 * maps a row to a record by column name. The tables come from parsing schemas/sql, not from a copy.
 */
class EntitySchemasMatchSqlTest {

    private final Map<String, Schema> schemas = AvscFiles.load();
    private final SqlDdl ddl = SqlDdl.load().contractOnly();

    @Test
    void shouldCoverEveryEntityTheTopologiesUse() {
        assertThat(AvscFiles.records(schemas, ENTITY_NAMESPACE))
                .extracting(s -> s.getProp("sqlTable"))
                .contains(
                        "jobs",
                        "job_skills",
                        "skill_tags",
                        "resumes",
                        "applications",
                        "application_events",
                        "interviews",
                        "notifications",
                        "notification_templates",
                        "users",
                        "jobseeker_profiles",
                        "companies",
                        "company_members",
                        "user_notification_settings",
                        "device_tokens",
                        "matches",
                        "match_feedback",
                        "resume_experiences",
                        "resume_skills",
                        "resume_educations",
                        "resume_embeddings",
                        "pii_masking_logs",
                        "ai_tasks",
                        "job_embeddings")
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldNameFieldsExactlyLikeTheColumnsInTheSameOrder() {
        for (final Schema entity : AvscFiles.records(schemas, ENTITY_NAMESPACE)) {
            final SqlDdl.Table table = ddl.table(entity.getProp("sqlTable"));
            assertThat(table.service()).as(entity.getName()).isEqualTo(entity.getProp("sqlService"));
            assertThat(entity.getFields())
                    .extracting(Schema.Field::name)
                    .as(entity.getName())
                    .containsExactlyElementsOf(table.columnNames());
        }
    }

    @Test
    void shouldBeNullableExactlyWhereTheColumnIs() {
        for (final Schema entity : AvscFiles.records(schemas, ENTITY_NAMESPACE)) {
            for (final SqlDdl.Column column :
                    ddl.table(entity.getProp("sqlTable")).columns()) {
                final Schema.Field field = entity.getField(column.name());
                assertThat(field.schema().getType() == Schema.Type.UNION)
                        .as(entity.getName() + '.' + column.name())
                        .isEqualTo(column.nullable());
            }
        }
    }

    @Test
    void shouldMapEverySqlTypeToItsAvroType() {
        for (final Schema entity : AvscFiles.records(schemas, ENTITY_NAMESPACE)) {
            for (final SqlDdl.Column column :
                    ddl.table(entity.getProp("sqlTable")).columns()) {
                final Schema type = nonNull(entity.getField(column.name()).schema());
                final String where = entity.getName() + '.' + column.name() + " (" + column.type() + ")";
                switch (baseType(column.type())) {
                    case "UUID" -> assertThat(type.getLogicalType()).as(where).isEqualTo(LogicalTypes.uuid());
                    case "TIMESTAMP" ->
                        assertThat(type.getLogicalType()).as(where).isEqualTo(LogicalTypes.timestampMicros());
                    case "DATE" -> assertThat(type.getLogicalType()).as(where).isEqualTo(LogicalTypes.date());
                    case "DECIMAL" ->
                        assertThat(type.getLogicalType()).as(where).isEqualTo(LogicalTypes.decimal(5, 2));
                    case "INT" -> assertThat(type.getType()).as(where).isEqualTo(Schema.Type.INT);
                    case "BOOLEAN" -> assertThat(type.getType()).as(where).isEqualTo(Schema.Type.BOOLEAN);
                    case "JSONB" -> {
                        assertThat(type.getType()).as(where).isEqualTo(Schema.Type.STRING);
                        assertThat(entity.getField(column.name()).doc())
                                .as(where)
                                .contains("JSON text");
                    }
                    case "TEXT[]" ->
                        assertThat(type.getElementType().getType()).as(where).isEqualTo(Schema.Type.STRING);
                    case "REAL[]" ->
                        assertThat(type.getElementType().getType()).as(where).isEqualTo(Schema.Type.FLOAT);
                    case "VARCHAR", "TEXT" ->
                        assertThat(type.getType()).as(where).isIn(Schema.Type.STRING, Schema.Type.ENUM);
                    default -> throw new AssertionError("unmapped SQL type " + where);
                }
                if (type.getType() == Schema.Type.ENUM) {
                    assertThat(column.type()).as(where).startsWith("VARCHAR");
                }
            }
        }
    }

    @Test
    void shouldUseEnumsForTheSeedValueListColumns() {
        final List<String> enumColumns = AvscFiles.records(schemas, ENTITY_NAMESPACE).stream()
                .flatMap(e -> e.getFields().stream()
                        .filter(f -> nonNull(f.schema()).getType() == Schema.Type.ENUM)
                        .map(f -> e.getProp("sqlTable") + '.' + f.name()))
                .toList();
        assertThat(enumColumns)
                .containsExactlyInAnyOrder(
                        "users.user_type",
                        "jobs.job_type",
                        "jobs.experience_level",
                        "jobs.remote_type",
                        "jobs.status",
                        "skill_tags.category",
                        "resumes.status",
                        "resume_skills.proficiency",
                        "applications.status",
                        "application_events.event_type",
                        "application_events.from_status",
                        "application_events.to_status",
                        "application_events.actor_type",
                        "interviews.interview_type",
                        "interviews.status",
                        "match_feedback.feedback_type",
                        "notification_templates.channel",
                        "notifications.channel",
                        "notifications.status",
                        "device_tokens.device_type",
                        "ai_tasks.task_type",
                        "ai_tasks.source_type",
                        "ai_tasks.status");
    }

    private static String baseType(final String sqlType) {
        if (sqlType.endsWith("[]")) {
            return sqlType;
        }
        final int paren = sqlType.indexOf('(');
        return paren < 0 ? sqlType : sqlType.substring(0, paren);
    }
}
