package io.hirehub.connectors.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitySchemasTest {

    private final EntitySchemas schemas =
            new EntitySchemas("io.hirehub.avro.entity", Map.of(), EntitySchemasTest.class.getClassLoader());

    @ParameterizedTest
    @CsvSource({
        "user_service, users, User",
        "user_service, companies, Company",
        "job_service, job_skills, JobSkill",
        "match_service, matches, Match",
        "match_service, match_feedback, MatchFeedback",
        "notification_service, user_notification_settings, UserNotificationSettings",
        "apply_service, application_events, ApplicationEvent",
    })
    void shouldFindTheRecordThatDeclaresTheTable(final String pgSchema, final String table, final String record) {
        final Schema schema = schemas.find(pgSchema, table).orElseThrow();

        assertThat(schema.getName()).isEqualTo(record);
        assertThat(schema.getProp("sqlTable")).isEqualTo(table);
    }

    @ParameterizedTest
    @CsvSource({"job_service, no_such_rows", "job_service, job_outbox"})
    void shouldFindNothingForAnUnmappedTable(final String pgSchema, final String table) {
        assertThat(schemas.find(pgSchema, table)).isEmpty();
    }
}
