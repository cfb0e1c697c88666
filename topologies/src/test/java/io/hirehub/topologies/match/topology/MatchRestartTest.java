package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restart from the changelog. TopologyTestDriver wipes its state directory on close, so a restart
 * is played the way Kafka Streams restores a task: every changelog record the first driver wrote
 * is put, in order, into the fresh stores of a second driver; the matcher then rebuilds its
 * in-memory indexes from those stores before its first record.
 */
class MatchRestartTest {

    private static final String JOB = MatchTopologyTest.JOB;
    private static final String RES = MatchTopologyTest.RES;
    private static final String USER = MatchTopologyTest.USER;

    @TempDir
    Path state;

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private MatchDriver d;
    private int generation;

    @AfterEach
    void stop() {
        d.close();
    }

    @Test
    void shouldKeepOpenJobsAndResumesAcrossARestart() {
        d = new MatchDriver(state.resolve("g0"), registry);
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        assertThat(d.drainMatches()).hasSize(1);

        restart();

        // Same inputs again: recognised from the restored stores, nothing re-emitted.
        d.job(MatchDriver.job(JOB).build());
        d.resume(MatchDriver.resume(RES, USER).build());
        assertThat(d.drainMatches()).isEmpty();
        assertThat(d.drainRecommended()).isEmpty();
        // A new resume is scored against the job index rebuilt from the restored store.
        d.resume(MatchDriver.resume(MatchTopologyTest.RES2, MatchTopologyTest.USER2)
                .build());
        assertThat(d.drainMatches()).extracting(kv -> kv.key).containsExactly(JOB + ":" + MatchTopologyTest.RES2);
        assertThat(d.top(JOB).matches())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly(RES, MatchTopologyTest.RES2);
        // Retraction after restart finds the restored pairs.
        d.job(MatchDriver.job(JOB).setStatus("closed").build());
        assertThat(d.drainMatches())
                .hasSize(2)
                .allSatisfy(kv -> assertThat(kv.value).isNull());
    }

    @Test
    void shouldRecommendOncePerPairAcrossRestartsUntilTheScoreRisesByTheMargin() {
        d = new MatchDriver(state.resolve("g0"), registry);
        d.job(MatchDriver.job(JOB).build());
        d.resume(withSkills(MatchDriver.skill("java", 5), MatchDriver.skill("kafka", 1))); // 88.00
        assertThat(d.drainRecommended()).extracting(e -> e.getScore()).containsExactly(new BigDecimal("88.00"));

        restart();
        d.resume(withSkills(MatchDriver.skill("java", 5), MatchDriver.skill("kafka", 4))); // 90.00: +2 < margin 5
        assertThat(d.drainCalculated()).hasSize(1);
        assertThat(d.drainRecommended()).isEmpty();

        restart();
        d.resume(withSkills(MatchDriver.skill("java", 5))); // 73.00: falls
        restart();
        d.resume(withSkills(MatchDriver.skill("java", 5), MatchDriver.skill("kafka", 4))); // 90.00 again
        assertThat(d.drainRecommended()).isEmpty();

        restart();
        d.resume(MatchDriver.resume(RES, USER).build()); // 100.00 ≥ 88 + 5
        assertThat(d.drainRecommended()).extracting(e -> e.getScore()).containsExactly(new BigDecimal("100.00"));
    }

    private static ResumeProfile withSkills(final io.hirehub.avro.derived.ResumeProfileSkill... skills) {
        return MatchDriver.resume(RES, USER).setSkills(List.of(skills)).build();
    }

    /** Every changelog record written so far, per store, in order (what a restore reads). */
    private final Map<String, List<TestRecord<String, Object>>> log = new java.util.HashMap<>();

    /** Closes the driver and starts a new one whose stores are restored from the changelogs. */
    @SuppressWarnings("unchecked")
    private void restart() {
        final Map<String, Deserializer<?>> stores = Map.of(
                MatchNames.JOB_PROFILES_STORE, ProfileSerdes.job().deserializer(),
                MatchNames.RESUME_PROFILES_STORE, ProfileSerdes.resume().deserializer(),
                MatchNames.PAIRS_STORE, Json.serde(Values.PairState.class).deserializer(),
                MatchNames.PAIRS_BY_RESUME_STORE, new StringDeserializer(),
                MatchNames.RECOMMENDED_MEMORY_STORE, new StringDeserializer(),
                MatchNames.JOB_PARTIALS_STORE, Json.serde(Values.ShardTop.class).deserializer(),
                MatchNames.JOB_TOP_STORE, Json.serde(Values.JobTop.class).deserializer(),
                MatchNames.USER_RECOMMENDED_STORE,
                        Json.serde(Values.RankedList.class).deserializer());
        stores.forEach((store, values) -> log.computeIfAbsent(store, s -> new java.util.ArrayList<>())
                .addAll(d.driver
                        .createOutputTopic(
                                MatchDriver.APP + "-" + store + "-changelog",
                                new StringDeserializer(),
                                (Deserializer<Object>) values)
                        .readRecordsToList()));
        assertThat(log.get(MatchNames.JOB_PROFILES_STORE))
                .as("job profile changelog")
                .isNotEmpty();
        d.close();
        d = new MatchDriver(state.resolve("g" + (++generation)), registry);
        log.forEach((store, records) -> records.forEach(r -> {
            if (r.value() == null) {
                d.store(store).delete(r.key());
            } else {
                d.store(store).put(r.key(), r.value());
            }
        }));
    }
}
