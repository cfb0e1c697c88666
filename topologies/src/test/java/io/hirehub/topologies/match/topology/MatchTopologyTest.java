package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.scoring.SkillScoreSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTopologyTest {

    static final String JOB = "00000000-0000-0000-0000-00000000000a";
    static final String JOB2 = "00000000-0000-0000-0000-00000000000b";
    static final String RES = "00000000-0000-0000-0000-0000000000r1".replace("r", "e");
    static final String RES2 = "00000000-0000-0000-0000-0000000000e2";
    static final String USER = "00000000-0000-0000-0000-0000000000f1";
    static final String USER2 = "00000000-0000-0000-0000-0000000000f2";

    @TempDir
    Path state;

    final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    MatchDriver d;

    @BeforeEach
    void start() {
        d = new MatchDriver(state, registry);
    }

    @AfterEach
    void stop() {
        d.close();
    }

    @Test
    void shouldScoreNewJobAgainstTheResumeShard() {
        d.resume(MatchDriver.resume(RES, USER).build());
        assertThat(d.drainMatches()).isEmpty();

        d.job(MatchDriver.job(JOB).build());

        final List<KeyValue<String, MatchDetail>> matches = d.drainMatches();
        assertThat(matches).hasSize(1);
        final MatchDetail detail = matches.get(0).value;
        assertThat(matches.get(0).key).isEqualTo(JOB + ":" + RES);
        assertThat(detail.getUserId().toString()).isEqualTo(USER);
        assertThat(detail.getOverallScore()).isGreaterThanOrEqualTo(new BigDecimal("70.00"));
        assertThat(detail.getIsRecommended()).isTrue();
        assertThat(detail.getScoreBreakdown()).contains("\"components\"");
        assertThat(detail.getAiReasoning()).isNotBlank();
        assertThat(d.drainCalculated())
                .singleElement()
                .satisfies(e -> assertThat(e.getScores().getOverall()).isEqualTo(detail.getOverallScore()));
        assertThat(d.drainRecommended())
                .singleElement()
                .satisfies(e -> assertThat(e.getUserId().toString()).isEqualTo(USER));
        assertThat(d.top(JOB).matches())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly(RES);
        assertThat(d.recommendedFor(USER).matches())
                .extracting(Values.RankedMatch::jobId)
                .containsExactly(JOB);
        assertThat(d.<MatchDetail>store(MatchNames.DETAIL_STORE).get(JOB + ":" + RES))
                .isEqualTo(detail);
    }

    @Test
    void shouldScoreNewResumeAgainstTheLocalOpenJobs() {
        d.job(MatchDriver.job(JOB).build());
        d.job(MatchDriver.job(JOB2).setStatus("closed").build());
        assertThat(d.drainMatches()).isEmpty();

        d.resume(MatchDriver.resume(RES, USER).build());

        assertThat(d.drainMatches()).extracting(kv -> kv.key).containsExactly(JOB + ":" + RES);
        assertThat(d.top(JOB).matches()).hasSize(1);
        assertThat(d.top(JOB2)).isNull();
    }

    @Test
    void shouldRetractEveryPairOfAClosedJob() {
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        d.resume(MatchDriver.resume(RES2, USER2).build());
        d.drainMatches();

        d.job(MatchDriver.job(JOB).setStatus("closed").build());

        assertThat(d.drainMatches())
                .extracting(kv -> kv.key, kv -> kv.value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(JOB + ":" + RES, null),
                        org.assertj.core.groups.Tuple.tuple(JOB + ":" + RES2, null));
        assertThat(d.top(JOB)).isNull();
        assertThat(d.recommendedFor(USER)).isNull();
        assertThat(d.<MatchDetail>store(MatchNames.DETAIL_STORE).get(JOB + ":" + RES))
                .isNull();
    }

    @Test
    void shouldRetractPairsOfADeletedJobAndOfADeletedResume() {
        d.job(MatchDriver.job(JOB).build());
        d.job(MatchDriver.job(JOB2).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        d.resume(MatchDriver.resume(RES2, USER2).build());
        assertThat(d.drainMatches()).hasSize(4);

        d.deleteResume(RES);
        assertThat(d.drainMatches())
                .extracting(kv -> kv.key)
                .containsExactlyInAnyOrder(JOB + ":" + RES, JOB2 + ":" + RES);
        assertThat(d.top(JOB).matches())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly(RES2);
        assertThat(d.recommendedFor(USER)).isNull();

        d.deleteJob(JOB2);
        assertThat(d.drainMatches()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(JOB2 + ":" + RES2);
            assertThat(kv.value).isNull();
        });
        assertThat(d.recommendedFor(USER2).matches())
                .extracting(Values.RankedMatch::jobId)
                .containsExactly(JOB);
    }

    @Test
    void shouldNotRematchWhenAnUpdateChangesNothingTheScoreReads() {
        d.resume(MatchDriver.resume(RES, USER).build());
        d.job(MatchDriver.job(JOB).build());
        d.drainMatches();
        d.drainCalculated();

        // A new profile build with the same scoring inputs (e.g. after a views_count change).
        d.job(MatchDriver.job(JOB)
                .setUpdatedAt(Instant.parse("2026-11-26T01:00:00Z"))
                .build());

        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.drainCalculated()).isEmpty();
    }

    @Test
    void shouldRematchWhenAnUpdateChangesWhatTheScoreReads() {
        d.resume(MatchDriver.resume(RES, USER).build());
        d.job(MatchDriver.job(JOB).build());
        final BigDecimal before = d.drainMatches().get(0).value.getOverallScore();

        d.job(MatchDriver.job(JOB)
                .setRequiredSkills(List.of("java", "kafka", "rust"))
                .build());

        final List<KeyValue<String, MatchDetail>> after = d.drainMatches();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).value.getSkillScore()).isLessThan(new BigDecimal("100.00"));
        assertThat(after.get(0).value.getOverallScore()).isLessThan(before);
        assertThat(d.drainCalculated()).hasSize(2);
    }

    @Test
    void shouldIgnoreDuplicateInputs() {
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        d.drainMatches();
        d.drainCalculated();
        d.drainRecommended();

        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        d.deleteJob(JOB2);

        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.drainCalculated()).isEmpty();
        assertThat(d.drainRecommended()).isEmpty();
    }

    @Test
    void shouldSendUndecodableRecordsToTheDeadLetterTopicWithHeaders() {
        d.jobs.pipeInput(JOB, new byte[] {0, 0, 0, 0, 42, 1, 2});
        d.resume(MatchDriver.resume(RES, USER).setEmbedding(List.of(1f, 0f)).build());

        final var dead = d.dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(header(dead.get(0), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("hirehub.job.profiles");
        assertThat(header(dead.get(0), DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(dead.get(0), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(header(dead.get(1), DeadLetterHeaders.ERROR_CLASS)).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(header(dead.get(1), DeadLetterHeaders.ERROR_MESSAGE))
                .isEqualTo("embedding has 2 dimensions, expected 8");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8))
                .startsWith(
                        "{\"dead_letter\":1,\"source\":{\"topic\":\"hirehub.job.profiles\",\"partition\":0,\"offset\":0}")
                .contains("\"payload\":{\"bytes\":7,\"sha256\":\"", "\"schema_id\":42");
        assertThat(d.drainMatches()).isEmpty();
    }

    @Test
    void shouldPublishACompleteEmptyTopForAnOpenJobWithoutMatchesAndDropItWhenTheJobCloses() {
        d.job(MatchDriver.job(JOB).build());

        assertThat(d.top(JOB)).satisfies(top -> {
            assertThat(top.matches()).isEmpty();
            assertThat(top.shardsReported()).isEqualTo(1);
            assertThat(top.complete()).isTrue();
        });

        d.job(MatchDriver.job(JOB).setStatus("closed").build());
        assertThat(d.top(JOB)).isNull();
    }

    @Test
    void shouldListAPairThatSharesASkillEvenBelowTheMinimumScoreButEmitNoEvent() {
        d.job(MatchDriver.job(JOB).build());
        // One shared skill, far in embedding space, little experience: far below match.calculated.min.score.
        d.resume(MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("postgresql", 1)))
                .setTotalExperienceYears(new BigDecimal("1.0"))
                .setDesiredPosition("Nurse")
                .setEmbedding(MatchDriver.vector(0, 0, 1, 1))
                .build());

        final List<KeyValue<String, MatchDetail>> matches = d.drainMatches();
        assertThat(matches).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(JOB + ":" + RES);
            assertThat(kv.value.getOverallScore()).isLessThan(new BigDecimal("50.00"));
            assertThat(kv.value.getIsRecommended()).isFalse();
            assertThat(kv.value.getScoreBreakdown()).contains("\"matched_preferred\":[\"postgresql\"]");
            assertThat(kv.value.getAiReasoning()).isNotBlank();
        });
        assertThat(d.drainCalculated()).as("the minimum gates the event only").isEmpty();
        assertThat(d.drainRecommended()).isEmpty();
        assertThat(d.top(JOB).matches())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly(RES);
    }

    @Test
    void shouldListNothingForAPairWithoutAnyEvidence() {
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("nursing", 5)))
                .setEmbedding(MatchDriver.vector(0, 0, 1, 1))
                .build());

        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.drainCalculated()).isEmpty();
        assertThat(d.top(JOB).matches()).isEmpty();
    }

    @Test
    void shouldListAPairWithoutASharedSkillOnlyFromTheConfiguredEvidenceCosine() {
        // No shared skill; embeddings at cosine 0.5: related at the default floor 0.15, not at 0.6.
        final ResumeProfile resume = MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("nursing", 5)))
                .setEmbedding(MatchDriver.vector(1, 0, 0, 1))
                .build();
        d.job(MatchDriver.job(JOB).build());
        d.resume(resume);
        assertThat(d.drainMatches()).extracting(kv -> kv.key).containsExactly(JOB + ":" + RES);
        d.close();

        d = new MatchDriver(
                state.resolve("strict"),
                registry,
                new MatchScorer(
                        MatchDriver.FIXTURE_WEIGHTS, SkillScoreSettings.DEFAULTS, SkillCanonicalizer.identity()),
                MatchDriver.FIXTURE_MATCH.withEvidenceCosine(new BigDecimal("0.6")));
        d.job(MatchDriver.job(JOB).build());
        d.resume(resume);
        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.top(JOB).matches()).isEmpty();
    }

    @Test
    void shouldRetractAListedPairWhenItLosesItsLastEvidence() {
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("postgresql", 1)))
                .setEmbedding(MatchDriver.vector(0, 0, 1, 1))
                .build());
        assertThat(d.drainMatches()).hasSize(1);

        d.resume(MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("nursing", 1)))
                .setEmbedding(MatchDriver.vector(0, 0, 1, 1))
                .build());

        assertThat(d.drainMatches())
                .singleElement()
                .satisfies(kv -> assertThat(kv.value).isNull());
        assertThat(d.top(JOB).matches()).isEmpty();
    }

    @Test
    void shouldKeepPairsBelowTheRecommendationThresholdOutOfTheUserList() {
        final var userUpdates = d.driver.createOutputTopic(
                MatchDriver.APP + "-" + MatchNames.USER_UPDATES + "-repartition",
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
        d.job(MatchDriver.job(JOB).build());
        // Same field and place, one of two required skills, less experience: calculated, not recommended.
        d.resume(MatchDriver.resume(RES, USER)
                .setSkills(List.of(MatchDriver.skill("java", 2)))
                .setTotalExperienceYears(new BigDecimal("2.0"))
                .setEmbedding(MatchDriver.vector(1, 0, 1, 0))
                .build());

        final MatchDetail detail = d.drainMatches().get(0).value;
        assertThat(detail.getOverallScore()).isBetween(new BigDecimal("50.00"), new BigDecimal("69.99"));
        assertThat(detail.getIsRecommended()).isFalse();
        assertThat(d.drainCalculated()).hasSize(1);
        assertThat(userUpdates.readRecordsToList()).isEmpty();
        assertThat(d.recommendedFor(USER)).isNull();

        // Rising above the threshold enters the list; deleting the job takes it out again.
        d.resume(MatchDriver.resume(RES, USER).build());
        assertThat(userUpdates.readRecordsToList()).hasSize(1);
        assertThat(d.recommendedFor(USER).matches())
                .extracting(Values.RankedMatch::jobId)
                .containsExactly(JOB);
        d.deleteJob(JOB);
        assertThat(userUpdates.readRecordsToList()).hasSize(1);
        assertThat(d.recommendedFor(USER)).isNull();
    }

    @Test
    void shouldRetractTheMatchesOfAJobOnceItExpiresWithoutAnyNewInput() {
        d.job(MatchDriver.job(JOB).setExpiresAt(MatchDriver.T0.plusSeconds(90)).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        assertThat(d.drainMatches()).hasSize(1);

        // The sweep runs on wall-clock time every match.expiry.check (1 min): still open at T0+60 s.
        d.driver.advanceWallClockTime(java.time.Duration.ofSeconds(60));
        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.top(JOB).matches()).hasSize(1);

        d.driver.advanceWallClockTime(java.time.Duration.ofSeconds(60));

        assertThat(d.drainMatches()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(JOB + ":" + RES);
            assertThat(kv.value).isNull();
        });
        assertThat(d.top(JOB)).isNull();
        assertThat(d.recommendedFor(USER)).isNull();
        assertThat(d.<Object>store(MatchNames.JOB_PROFILES_STORE).get(JOB)).isNull();
    }

    @Test
    void shouldBroadcastToEveryPartition() {
        assertThat(new BroadcastPartitioner<String, String>().partitions("t", "k", "v", 6))
                .isEqualTo(Optional.of(Set.of(0, 1, 2, 3, 4, 5)));
        assertThat(new BroadcastPartitioner<String, String>().partitions("t", "k", null, 1))
                .isEqualTo(Optional.of(Set.of(0)));
    }

    private static String header(
            final org.apache.kafka.streams.test.TestRecord<String, byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
