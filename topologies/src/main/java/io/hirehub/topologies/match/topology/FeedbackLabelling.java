package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.avro.entity.FeedbackType;
import io.hirehub.avro.entity.MatchFeedback;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code match_feedback} rows (CDC) → {@link Topics#MATCH_FEEDBACK_LABELLED}: each label beside the
 * scores of the match it judges. The feedback's {@code match_id} is resolved to its pair by a
 * {@link MatchLocator} (the {@code matches} row), re-keyed by pair and joined with the detail
 * table, which is co-partitioned with it by that key. Feedback on a match that no longer exists
 * is logged and dropped: there are no scores to label it with.
 */
final class FeedbackLabelling {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackLabelling.class);

    private FeedbackLabelling() {}

    static void addTo(
            final StreamsBuilder builder,
            final KTable<String, MatchDetail> details,
            final TopicSerdes serdes,
            final MatchLocator locator) {
        final Serde<String> keys = Serdes.String();
        MatchTopology.decoded(builder, serdes, Topics.MATCH_FEEDBACK, "match-feedback", (id, feedback) -> feedback)
                .filter(
                        (id, f) -> f != null
                                && f.getMatchId() != null
                                && f.getFeedbackType() != null
                                && f.getFeedbackType() != FeedbackType.UNKNOWN,
                        Named.as("feedback-with-match"))
                .flatMap(
                        (id, f) -> {
                            final Optional<PairKey> pair =
                                    locator.pairOf(f.getMatchId().toString());
                            if (pair.isEmpty()) {
                                LOG.warn(
                                        "feedback {} is on match {}, which has no matches row: not labelled",
                                        id,
                                        f.getMatchId());
                            }
                            return pair.map(p -> List.of(KeyValue.pair(p.format(), f)))
                                    .orElse(List.of());
                        },
                        Named.as("feedback-by-pair"))
                .join(
                        details,
                        FeedbackLabelling::label,
                        Joined.<String, MatchFeedback, MatchDetail>as("feedback-join")
                                .withKeySerde(keys)
                                .withValueSerde(serdes.value(Topics.MATCH_FEEDBACK)))
                .selectKey((pair, labelled) -> labelled.getFeedbackId().toString(), Named.as("labelled-key"))
                .to(
                        Topics.MATCH_FEEDBACK_LABELLED.name(),
                        serdes.produced(Topics.MATCH_FEEDBACK_LABELLED, "labelled-sink"));
    }

    static MatchFeedbackLabelled label(final MatchFeedback f, final MatchDetail d) {
        return MatchFeedbackLabelled.newBuilder()
                .setFeedbackId(f.getId())
                .setMatchId(f.getMatchId())
                .setFeedbackType(SeedValues.sql(f.getFeedbackType()))
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
