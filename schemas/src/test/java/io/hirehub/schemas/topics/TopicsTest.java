package io.hirehub.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.event.JobCreated;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldPlanExactlyTheTypedTopicsInDeclarationOrder() {
        assertThat(TopicPlan.standard().topics())
                .extracting(TopicSpec::name)
                .containsExactlyElementsOf(
                        Topics.all().stream().map(Topic::name).toList());
        assertThat(Topics.all()).hasSize(45).doesNotHaveDuplicates();
    }

    /** The plan as it was when topics were strings (6 and 3 partitions): a typed topic changes no config. */
    @Test
    void shouldKeepEveryPlanEntryUnchanged() throws IOException {
        final List<String> specs = new ArrayList<>();
        TopicPlan.standard().topics().forEach(spec -> specs.add(spec.toString()));
        TopicPlan.withPartitions(3).topics().forEach(spec -> specs.add(spec.toString()));
        try (InputStream golden = TopicsTest.class.getResourceAsStream("/topics/topic-plan.golden")) {
            assertThat(specs)
                    .containsExactlyElementsOf(new String(golden.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList());
        }
    }

    @Test
    void shouldNameEachChangelogAfterItsSourceTable() {
        assertThat(Topics.JOBS.name()).isEqualTo("hirehub.job.jobs");
        assertThat(Topics.JOBS.table()).isEqualTo("job_service.jobs");
        assertThat(Topics.USER_NOTIFICATION_SETTINGS.name())
                .isEqualTo("hirehub.notification.user_notification_settings");
        assertThat(Topics.changelogs())
                .hasSize(15)
                .allSatisfy(changelog -> assertThat(changelog.kind()).isEqualTo(TopicKind.ENTITY_CHANGELOG))
                .extracting(ChangelogTopic::table)
                .contains("match_service.match_feedback", "job_service.job_skills");
    }

    @Test
    void shouldGiveEveryEventTopicItsOutboxAggregate() {
        assertThat(Topics.JOB_CREATED.aggregateType()).isEqualTo("job");
        assertThat(Topics.RESUME_PROCESSED.aggregateType()).isEqualTo("resume");
        assertThat(Topics.MATCH_RECOMMENDED.aggregateType()).isEqualTo("match");
        assertThat(Topics.APPLICATION_STATUS_CHANGED.aggregateType()).isEqualTo("application");
        assertThat(Topics.INTERVIEW_SCHEDULED.aggregateType()).isEqualTo("interview");
        assertThat(Topics.all().stream().filter(t -> t.kind() == TopicKind.EVENT))
                .hasSize(10)
                .allSatisfy(t -> assertThat(t).isInstanceOf(EventTopic.class));
    }

    @Test
    void shouldRoundTripAValueThroughTheTopicsOwnSerdeUnderItsSubject() {
        final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        final Serde<JobCreated> serde = Topics.JOB_CREATED.valueSerde(registry);
        final JobCreated event = JobCreated.newBuilder()
                .setEventId(UUID.fromString("00000000-0000-0000-0000-000000000001"))
                .setOccurredAt(Instant.parse("2026-11-26T00:00:00Z"))
                .setJobId(UUID.fromString("00000000-0000-0000-0000-000000000002"))
                .setCompanyId(UUID.fromString("00000000-0000-0000-0000-000000000003"))
                .build();

        final byte[] bytes = serde.serializer().serialize(Topics.JOB_CREATED.name(), event);

        assertThat(serde.deserializer().deserialize(Topics.JOB_CREATED.name(), bytes))
                .isEqualTo(event);
        assertThat(registry.latest("job.created-value").schema()).isEqualTo(JobCreated.getClassSchema());
        assertThat(Topics.JOB_CREATED.valueSubject()).isEqualTo("job.created-value");
        assertThat(Topics.JOB_CREATED.valueType()).isEqualTo(JobCreated.class);
    }

    @Test
    void shouldCarryDeadLettersAndInfrastructureAsRawBytes() {
        final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        final byte[] raw = {0, 1, 2};
        assertThat(Topics.MATCHING_DLQ.valueSerde(registry).serializer().serialize("t", raw))
                .isEqualTo(raw);
        assertThat(Topics.CDC_OFFSETS.valueType()).isEqualTo(byte[].class);
        assertThat(Topics.CDC_OFFSETS.spec(6).partitions()).isEqualTo(1);
        assertThat(registry.registerCalls()).isZero();
    }

    @Test
    void shouldFindPlannedTopicsByName() {
        assertThat(Topics.find("hirehub.match.matches")).contains(Topics.MATCHES);
        assertThat(Topics.find("no.such.topic")).isEmpty();
        assertThat(Topics.MATCHES).hasToString("hirehub.match.matches");
    }
}
