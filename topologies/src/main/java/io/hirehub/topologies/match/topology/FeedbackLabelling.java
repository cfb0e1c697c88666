package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.avro.entity.MatchFeedback;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerdes;
import io.hirehub.schemas.topics.Topics;
import java.util.Locale;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@code match_feedback} rows (CDC) → {@link Topics#MATCH_FEEDBACK_LABELLED}: each label beside the
 * scores of the match it judges. The match details are re-keyed by {@code matches.id}, which the
 * write-back sets to {@link MatchNames#matchId}, so the join needs no database read.
 */
final class FeedbackLabelling {

    private FeedbackLabelling() {
    }

    static void addTo(final StreamsBuilder builder, final KStream<String, MatchDetail> details,
                      final SchemaRegistryClient registry) {
        final Serde<String> keys = Serdes.String();
        final Serde<MatchDetail> detailSerde = AvroSerdes.forType(MatchDetail.class, registry);
        final KTable<String, MatchDetail> byId = details
                .selectKey((pair, detail) -> MatchNames.matchIdOfPair(pair), Named.as("match-id-key"))
                .toTable(Named.as("match-by-id-table"),
                        Materialized.<String, MatchDetail, KeyValueStore<Bytes, byte[]>>as(MatchNames.MATCH_BY_ID_STORE)
                                .withKeySerde(keys).withValueSerde(detailSerde));
        MatchTopology.decoded(builder, Topics.MATCH_FEEDBACK, "match-feedback",
                        new AvroDeserializer<>(registry, MatchFeedback.class), Function.identity())
                .filter((id, f) -> f != null && f.getMatchId() != null && f.getFeedbackType() != null
                        && !"UNKNOWN".equals(f.getFeedbackType().name()), Named.as("feedback-with-match"))
                .selectKey((id, f) -> f.getMatchId().toString(), Named.as("feedback-by-match"))
                .join(byId, FeedbackLabelling::label, Joined.<String, MatchFeedback, MatchDetail>as("feedback-join")
                        .withKeySerde(keys).withValueSerde(AvroSerdes.forType(MatchFeedback.class, registry)))
                .selectKey((matchId, labelled) -> labelled.getFeedbackId().toString(), Named.as("labelled-key"))
                .to(Topics.MATCH_FEEDBACK_LABELLED, Produced.with(keys,
                        AvroSerdes.forType(MatchFeedbackLabelled.class, registry)).withName("labelled-sink"));
    }

    static MatchFeedbackLabelled label(final MatchFeedback f, final MatchDetail d) {
        return MatchFeedbackLabelled.newBuilder()
                .setFeedbackId(f.getId())
                .setMatchId(f.getMatchId())
                .setFeedbackType(f.getFeedbackType().name().toLowerCase(Locale.ROOT))
                .setFeedbackBy(f.getFeedbackBy())
                .setCreatedAt(f.getCreatedAt())
                .setJobId(d.getJobId())
                .setResumeId(d.getResumeId())
                .setUserId(d.getUserId())
                .setOverallScore(d.getOverallScore())
                .setSkillScore(d.getSkillScore())
                .setExperienceScore(d.getExperienceScore())
                .setCultureScore(d.getCultureScore())
                .setSemanticScore(d.getSemanticScore())
                .setScoreBreakdown(d.getScoreBreakdown())
                .build();
    }
}
