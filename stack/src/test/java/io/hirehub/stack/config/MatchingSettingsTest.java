package io.hirehub.stack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.match.MatchingSettings;
import io.hirehub.topologies.match.topology.MatchTopologySettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchingSettingsTest {

    private static MatchingSettings load(final Map<String, String> env, final Map<String, String> cli) {
        return HirehubSettings.load(Optional.empty(), env, cli).matching();
    }

    @Test
    void shouldDefaultToTheDocumentedValues() {
        final MatchingSettings m = load(Map.of(), Map.of());

        assertThat(m).isEqualTo(MatchingSettings.defaults());
        assertThat(m.streamThreads()).isEqualTo(2);
        assertThat(m.commitInterval()).isEqualTo(Duration.ofMillis(100));
        final MatchTopologySettings topology = m.topology(6, 1536);
        assertThat(topology.match().topN()).isEqualTo(100);
        assertThat(topology.match().preselectFactor()).isEqualTo(10);
        assertThat(topology.match().recommendation().threshold()).isEqualByComparingTo("40");
        assertThat(topology.match().recommendation().minScore()).isEqualByComparingTo("30");
        assertThat(topology.partitions()).isEqualTo(6);
        assertThat(topology.dimensions()).isEqualTo(1536);
    }

    @Test
    void shouldTakeEveryKeyFromTheEnvironmentAndTheCommandLine() {
        final MatchingSettings m = load(
                Map.of("HIREHUB_MATCH_TOP_N", "20", "HIREHUB_MATCH_STREAM_THREADS", "3"),
                Map.of(
                        "match.recommended.threshold",
                        "80",
                        "match.calculated.min.score",
                        "60",
                        "match.recommended.margin",
                        "2.5",
                        "match.weights.semantic",
                        "0",
                        "match.jobs.per.resume",
                        "7",
                        "match.recommended.per.user",
                        "9",
                        "match.preselect.factor",
                        "4",
                        "match.commit.interval",
                        "250ms"));

        final MatchTopologySettings topology = m.topology(3, 8);
        assertThat(topology.match().topN()).isEqualTo(20);
        assertThat(topology.match().preselectFactor()).isEqualTo(4);
        assertThat(topology.match().recommendation().threshold()).isEqualTo(new BigDecimal("80.00"));
        assertThat(topology.match().recommendation().minScore()).isEqualTo(new BigDecimal("60.00"));
        assertThat(topology.match().recommendation().margin()).isEqualTo(new BigDecimal("2.50"));
        assertThat(topology.match().weights().semantic()).isEqualByComparingTo("0");
        assertThat(topology.jobsPerResume()).isEqualTo(7);
        assertThat(topology.recommendedPerUser()).isEqualTo(9);
        assertThat(m.streamThreads()).isEqualTo(3);
        assertThat(m.commitInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldRejectAThresholdBelowTheMinimumScoreNamingBothKeys() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.recommended.threshold", "20")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value '20' for match.recommended.threshold (from command line): expected scores in"
                        + " 0..100 with threshold >= min.score and margin > 0 (match.recommended.threshold (20.00) must"
                        + " be >= match.calculated.min.score (30.00))");
    }

    @Test
    void shouldRejectAScoreOutsideZeroToHundred() {
        assertThatThrownBy(() -> load(Map.of("HIREHUB_MATCH_CALCULATED_MIN_SCORE", "101"), Map.of()))
                .hasMessage("invalid value '101' for match.calculated.min.score (from environment variable"
                        + " HIREHUB_MATCH_CALCULATED_MIN_SCORE): expected a score in 0..100");
    }

    @Test
    void shouldRejectMalformedNumbers() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.weights.skill", "forty")))
                .hasMessage(
                        "invalid value 'forty' for match.weights.skill (from command line): expected a decimal number");
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.top.n", "0")))
                .hasMessage("invalid value '0' for match.top.n (from command line): expected an integer in 1..10000");
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.stream.threads", "two")))
                .hasMessage(
                        "invalid value 'two' for match.stream.threads (from command line): expected an integer in 1..64");
    }

    @Test
    void shouldRejectAllZeroWeightsAndANonPositiveCommitInterval() {
        assertThatThrownBy(() -> load(
                        Map.of(),
                        Map.of(
                                "match.weights.skill",
                                "0",
                                "match.weights.experience",
                                "0",
                                "match.weights.culture",
                                "0",
                                "match.weights.semantic",
                                "0",
                                "match.weights.text",
                                "0")))
                .hasMessage("invalid value '0' for match.weights.skill (from command line): expected non-negative"
                        + " weights, not all 0 (match.weights.* must not all be 0)");
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.commit.interval", "0ms")))
                .hasMessage(
                        "invalid value '0ms' for match.commit.interval (from command line): expected a positive duration");
    }

    @Test
    void shouldReadTheEvidenceCosineFloorIntoTheTopologyAndRejectOneOutsideZeroToOne() {
        assertThat(load(Map.of(), Map.of()).topology(4, 1536).match().evidenceCosine())
                .isEqualByComparingTo("0.15");
        assertThat(load(Map.of("HIREHUB_MATCH_EVIDENCE_MIN_COSINE", "0.3"), Map.of())
                        .topology(4, 1536)
                        .match()
                        .evidenceCosine())
                .isEqualByComparingTo("0.3");
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.evidence.min.cosine", "1.5")))
                .hasMessage("invalid value '1.5' for match.evidence.min.cosine (from command line): expected a cosine"
                        + " in 0..1");
        assertThatThrownBy(() -> load(Map.of(), Map.of("match.evidence.min.cosine", "high")))
                .hasMessage("invalid value 'high' for match.evidence.min.cosine (from command line): expected a"
                        + " decimal number");
    }
}
