package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.event.MatchCalculated;
import io.hirehub.avro.event.MatchRecommended;
import io.hirehub.avro.event.MatchScores;
import io.hirehub.topologies.match.scoring.BreakdownJson;
import io.hirehub.topologies.match.scoring.MatchResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Builds the Avro records the matcher emits from one scored pair. Event ids are name-based UUIDs
 * of (kind, pair, score, time): a replay of the same input after a crash under exactly-once never
 * reaches consumers, and if a non-EOS consumer ever sees one twice it can drop it by id.
 */
final class MatchRecords {

    private MatchRecords() {}

    static MatchDetail detail(
            final MatchResult r, final String reasoning, final boolean recommended, final Instant at) {
        return MatchDetail.newBuilder()
                .setJobId(UUID.fromString(r.jobId()))
                .setResumeId(UUID.fromString(r.resumeId()))
                .setUserId(UUID.fromString(r.userId()))
                .setOverallScore(r.overallScore())
                .setSkillScore(r.skillScore())
                .setExperienceScore(r.experienceScore())
                .setCultureScore(r.cultureScore())
                .setSemanticScore(r.semanticScore())
                .setScoreBreakdown(BreakdownJson.write(r.breakdown()))
                .setAiReasoning(reasoning)
                .setIsRecommended(recommended)
                .setCalculatedAt(micros(at))
                .build();
    }

    static MatchCalculated calculated(final MatchResult r, final Instant at) {
        return MatchCalculated.newBuilder()
                .setEventId(eventId("calculated", r.pair().format(), r.overallScore(), at))
                .setOccurredAt(micros(at))
                .setJobId(UUID.fromString(r.jobId()))
                .setResumeId(UUID.fromString(r.resumeId()))
                .setScores(MatchScores.newBuilder()
                        .setOverall(r.overallScore())
                        .setSkill(r.skillScore())
                        .setExperience(r.experienceScore())
                        .setCulture(r.cultureScore())
                        .setSemantic(r.semanticScore())
                        .build())
                .build();
    }

    static MatchRecommended recommended(final MatchResult r, final Instant at) {
        return MatchRecommended.newBuilder()
                .setEventId(eventId("recommended", r.pair().format(), r.overallScore(), at))
                .setOccurredAt(micros(at))
                .setUserId(UUID.fromString(r.userId()))
                .setJobId(UUID.fromString(r.jobId()))
                .setScore(r.overallScore())
                .build();
    }

    /** A key that changes whenever any emitted score changes. */
    static String scoresKey(final MatchResult r) {
        return r.overallScore().toPlainString()
                + '|'
                + r.skillScore().toPlainString()
                + '|'
                + r.experienceScore().toPlainString()
                + '|'
                + r.cultureScore().toPlainString()
                + '|'
                + r.semanticScore().toPlainString();
    }

    private static UUID eventId(final String kind, final String pair, final BigDecimal score, final Instant at) {
        return UUID.nameUUIDFromBytes((kind + '|' + pair + '|' + score.toPlainString() + '|' + at.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Instant micros(final Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
