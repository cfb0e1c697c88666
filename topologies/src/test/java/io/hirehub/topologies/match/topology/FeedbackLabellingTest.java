package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.avro.entity.FeedbackType;
import io.hirehub.avro.entity.MatchFeedback;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackLabellingTest {

    @TempDir
    Path state;

    @Test
    void shouldPutTheMatchScoresBesideAFeedbackLabel() {
        final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        try (MatchDriver d = new MatchDriver(state, registry)) {
            d.job(MatchDriver.job(MatchTopologyTest.JOB).build());
            d.resume(MatchDriver.resume(MatchTopologyTest.RES, MatchTopologyTest.USER)
                    .build());
            final MatchDetail detail = d.drainMatches().get(0).value;
            final UUID matchId = new PairKey(MatchTopologyTest.JOB, MatchTopologyTest.RES).matchId();
            final UUID feedbackId = UUID.fromString("00000000-0000-0000-0000-0000000000fb");

            final MatchFeedback hired = MatchFeedback.newBuilder()
                    .setId(feedbackId)
                    .setMatchId(matchId)
                    .setFeedbackType(FeedbackType.HIRED)
                    .build();
            final MatchFeedback orphan = MatchFeedback.newBuilder()
                    .setId(UUID.randomUUID())
                    .setMatchId(UUID.randomUUID())
                    .setFeedbackType(FeedbackType.HELPFUL)
                    .build();
            final AvroSerializer<SpecificRecord> avro = new AvroSerializer<>(registry);
            final var in = d.driver.createInputTopic(
                    Topics.MATCH_FEEDBACK.name(), new StringSerializer(), new ByteArraySerializer());
            in.pipeInput(feedbackId.toString(), avro.serialize(Topics.MATCH_FEEDBACK.name(), hired));
            in.pipeInput(orphan.getId().toString(), avro.serialize(Topics.MATCH_FEEDBACK.name(), orphan));

            final var out = d.driver
                    .createOutputTopic(
                            Topics.MATCH_FEEDBACK_LABELLED.name(),
                            new StringDeserializer(),
                            new ByteArrayDeserializer())
                    .readKeyValuesToList();
            assertThat(out).singleElement().satisfies(kv -> {
                assertThat(kv.key).isEqualTo(feedbackId.toString());
                final MatchFeedbackLabelled l = new AvroDeserializer<>(registry, MatchFeedbackLabelled.class)
                        .deserialize(Topics.MATCH_FEEDBACK_LABELLED.name(), kv.value);
                assertThat(l.getFeedbackType()).isEqualTo("hired");
                assertThat(l.getOverallScore()).isEqualTo(detail.getOverallScore());
                assertThat(l.getSkillScore()).isEqualTo(detail.getSkillScore());
                assertThat(l.getResumeId().toString()).isEqualTo(MatchTopologyTest.RES);
                assertThat(l.getScoreBreakdown()).isEqualTo(detail.getScoreBreakdown());
            });
        }
    }
}
