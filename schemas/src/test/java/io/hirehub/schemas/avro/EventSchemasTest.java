package io.hirehub.schemas.avro;

import static io.hirehub.schemas.avro.AvscFiles.EVENT_NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The nine event topics carry exactly the seed's payload fields, plus event_id and occurred_at. */
class EventSchemasTest {

    /** The seed's "Kafka 토픽" table: topic → payload fields. */
    private static final Map<String, List<String>> SEED_PAYLOADS = Map.of(
            Topics.RESUME_UPLOADED.name(), List.of("resume_id", "user_id", "file_url"),
            Topics.RESUME_PROCESSED.name(), List.of("resume_id", "user_id", "status"),
            Topics.JOB_CREATED.name(), List.of("job_id", "company_id"),
            Topics.JOB_UPDATED.name(), List.of("job_id", "updated_fields"),
            Topics.MATCH_CALCULATED.name(), List.of("job_id", "resume_id", "scores"),
            Topics.MATCH_RECOMMENDED.name(), List.of("user_id", "job_id", "score"),
            Topics.APPLICATION_SUBMITTED.name(), List.of("application_id", "job_id", "user_id"),
            Topics.APPLICATION_STATUS_CHANGED.name(), List.of("application_id", "from_status", "to_status"),
            Topics.INTERVIEW_SCHEDULED.name(), List.of("interview_id", "application_id", "scheduled_at"));

    private final Map<String, Schema> schemas = AvscFiles.load();

    @Test
    void shouldHaveOneValueSchemaPerSeedTopicWithExactlyTheSeedPayload() {
        final Map<String, Schema> byTopic = AvscFiles.records(schemas, EVENT_NAMESPACE).stream()
                .filter(s -> s.getProp("topic") != null)
                .collect(Collectors.toMap(s -> s.getProp("topic"), s -> s));
        // job.viewed is ours, not the seed's (the seed counts views but names no event for it).
        assertThat(byTopic.keySet())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(Topics.JOB_VIEWED.name()), SEED_PAYLOADS.keySet().stream())
                        .toList());
        SEED_PAYLOADS.forEach((topic, payload) -> {
            final List<String> fields = byTopic.get(topic).getFields().stream()
                    .map(Schema.Field::name)
                    .toList();
            assertThat(fields).as(topic).containsExactlyElementsOf(concat("event_id", "occurred_at", payload));
        });
    }

    @Test
    void shouldStampEveryEventWithAUuidAndAMicrosecondTimestamp() {
        for (final Schema event : AvscFiles.records(schemas, EVENT_NAMESPACE)) {
            if (event.getProp("topic") == null) {
                continue;
            }
            assertThat(event.getField("event_id").schema().getLogicalType()).isEqualTo(LogicalTypes.uuid());
            assertThat(event.getField("occurred_at").schema().getLogicalType())
                    .isEqualTo(LogicalTypes.timestampMicros());
            assertThat(event.getFields())
                    .as(event.getName())
                    .allSatisfy(f -> assertThat(f.schema().getType()).isNotEqualTo(Schema.Type.UNION));
        }
    }

    @Test
    void shouldCarryScoresAsDecimalsNamedAfterTheMatchColumns() {
        final Schema scores = schemas.get("MatchCalculated").getField("scores").schema();
        assertThat(scores.getFullName()).isEqualTo(EVENT_NAMESPACE + ".MatchScores");
        assertThat(scores.getFields())
                .extracting(Schema.Field::name)
                .containsExactly("overall", "skill", "experience", "culture", "semantic");
        assertThat(scores.getFields())
                .allSatisfy(f -> assertThat(f.schema().getLogicalType()).isEqualTo(LogicalTypes.decimal(5, 2)));
        assertThat(schemas.get("MatchRecommended").getField("score").schema().getLogicalType())
                .isEqualTo(LogicalTypes.decimal(5, 2));
    }

    @Test
    void shouldUseTheEntityEnumsForStatuses() {
        assertThat(schemas.get("ResumeProcessed").getField("status").schema().getFullName())
                .isEqualTo("io.hirehub.avro.entity.ResumeStatus");
        assertThat(schemas.get("ApplicationStatusChanged")
                        .getField("to_status")
                        .schema()
                        .getFullName())
                .isEqualTo("io.hirehub.avro.entity.ApplicationStatus");
        assertThat(schemas.get("JobUpdated")
                        .getField("updated_fields")
                        .schema()
                        .getElementType()
                        .getType())
                .isEqualTo(Schema.Type.STRING);
    }

    private static List<String> concat(final String first, final String second, final List<String> rest) {
        final List<String> all = new java.util.ArrayList<>(List.of(first, second));
        all.addAll(rest);
        return all;
    }
}
