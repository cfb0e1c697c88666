package io.hirehub.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.connectors.cdc.SlotStatus;
import io.hirehub.runtime.health.PartState;
import io.hirehub.runtime.health.PartStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code hirehub status} on one screen and as JSON, from one report. */
class StatusTextTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T10:00:00Z");

    private final StackReport report = new StackReport(
            Path.of("/data"),
            Optional.of(4242L),
            Optional.of(STARTED),
            List.of(
                    new PartStatus("kafka", PartState.RUNNING, "ready in 9326 ms", false, STARTED),
                    new PartStatus(
                            "match-writeback",
                            PartState.FAILED,
                            "match write-back failed: connection refused; retrying in 4 s",
                            true,
                            STARTED)),
            Optional.of(new SlotStatus("hirehub_cdc", true, true, 1_258_291L, 2_048L, Optional.of("leader (pid 7)"))),
            lags(),
            Optional.of(new PipelineCounts(
                    Map.of("ready", 998L, "error", 2L),
                    200,
                    187,
                    21_363,
                    5_293,
                    Map.of("withdrawn", 3L, "submitted", 40L, "interview_scheduled", 7L, "on_hold", 1L))),
            Map.of(
                    "hirehub.cdc.dlq",
                    Optional.of(0L),
                    "hirehub.resume-pipeline.dlq",
                    Optional.of(3L),
                    "hirehub.matching.dlq",
                    Optional.empty()),
            Map.of());

    private static Map<String, Optional<Long>> lags() {
        final Map<String, Optional<Long>> lags = new LinkedHashMap<>();
        lags.put("hirehub-resume-pipeline", Optional.of(0L));
        lags.put("hirehub-resume-writeback", Optional.of(12L));
        lags.put("hirehub-matching", Optional.empty());
        lags.put("hirehub-match-writeback", Optional.of(1_500L));
        return lags;
    }

    @Test
    void shouldShowEverySectionOnOneScreen() {
        final String text = StatusText.format(report, STARTED.plusSeconds(151));

        assertThat(text.lines().toList())
                .containsExactly(
                        "HireHub stack on /data (pid 4242, up 2 min 31 s)",
                        "  kafka            running   ready in 9326 ms",
                        "  match-writeback  failed    match write-back failed: connection refused; retrying in 4 s",
                        "cdc slot      hirehub_cdc active, lag 2.0 KiB, retained WAL 1.2 MiB, leader leader (pid 7)",
                        "consumer lag  hirehub-resume-pipeline 0 records, hirehub-resume-writeback 12 records,"
                                + " hirehub-matching (not consuming yet), hirehub-match-writeback 1,500 records",
                        "resumes       1,000 (998 ready, 0 processing, 2 error)",
                        "matches       21,363 rows, 5,293 recommended; 187 of 200 open jobs matched",
                        "applications  51 (40 submitted, 7 interview_scheduled, 3 withdrawn, 1 on_hold)",
                        "dead letters  hirehub.cdc.dlq 0, hirehub.resume-pipeline.dlq 3, hirehub.matching.dlq (no topic)");
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.caughtUp()).isFalse();
    }

    @Test
    void shouldGiveScriptsTheSameReportAsJson() throws Exception {
        final JsonNode json = new ObjectMapper().readTree(StatusJson.format(report));

        assertThat(json.path("pid").asLong()).isEqualTo(4242);
        assertThat(json.path("parts").get(1).path("state").asText()).isEqualTo("failed");
        assertThat(json.path("parts").get(1).path("retrying").asBoolean()).isTrue();
        assertThat(json.path("cdc").path("retainedWalBytes").asLong()).isEqualTo(1_258_291L);
        assertThat(json.path("consumerLag").path("hirehub-match-writeback").asLong())
                .isEqualTo(1_500);
        assertThat(json.path("consumerLag").path("hirehub-matching").isNull()).isTrue();
        assertThat(json.path("resumes").path("total").asLong()).isEqualTo(1_000);
        assertThat(json.path("matches").path("jobsMatched").asLong()).isEqualTo(187);
        assertThat(json.path("applications").path("total").asLong()).isEqualTo(51);
        assertThat(json.path("applications").path("interview_scheduled").asLong())
                .isEqualTo(7);
        assertThat(json.path("deadLetters").path("hirehub.resume-pipeline.dlq").asLong())
                .isEqualTo(3);
    }

    @Test
    void shouldReportTheDemoAsOneProgressLineAndOneSummary() {
        final PipelineCounts counts = new PipelineCounts(
                Map.of("ready", 610L, "processing", 388L, "error", 2L), 200, 200, 11_067, 2_000, Map.of());

        assertThat(DemoProgress.line(counts, 600, Duration.ofSeconds(40)))
                .isEqualTo("demo: 612/1,000 resumes analysed (15.0/s), 200/200 open jobs matched, 11,067 matches");
        assertThat(DemoProgress.summary(counts, Duration.ofMillis(128_800)))
                .isEqualTo("Demo through, 128.8 s after start: 612 resumes analysed (610 ready, 2 error); 200 of 200"
                        + " open jobs matched (11,067 matches, 2,000 recommended).");
    }
}
