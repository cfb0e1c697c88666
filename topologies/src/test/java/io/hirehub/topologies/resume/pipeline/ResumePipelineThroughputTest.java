package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.TestDocuments;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small throughput figure through the whole topology (TopologyTestDriver, local providers):
 * logs resumes/s and the mean ai_tasks time per step. It asserts only that every resume succeeded;
 * the figures are for the README, not a gate.
 */
class ResumePipelineThroughputTest {

    private static final Logger LOG = LoggerFactory.getLogger(ResumePipelineThroughputTest.class);
    private static final int RESUMES = 60;

    @Test
    void shouldAnalyseAMixedBatchAndReportItsRate() {
        final byte[] txt = Resources.bytes("ko_backend.txt");
        final List<String> lines = Resources.text("en_backend.md").lines().toList();
        final byte[] pdf = TestDocuments.pdf(lines);
        final byte[] docx = TestDocuments.docx(null, lines, List.of());
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            pipeline.upload(UUID.randomUUID(), "warm.txt", txt);
            pipeline.results.readValuesToList();

            final long start = System.nanoTime();
            for (int i = 0; i < RESUMES; i++) {
                switch (i % 3) {
                    case 0 -> pipeline.upload(UUID.randomUUID(), "r.txt", txt);
                    case 1 -> pipeline.upload(UUID.randomUUID(), "r.pdf", pdf);
                    default -> pipeline.upload(UUID.randomUUID(), "r.docx", docx);
                }
            }
            final List<ResumeAnalysisResult> results = pipeline.results.readValuesToList();
            final double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(results)
                    .hasSize(RESUMES)
                    .extracting(ResumeAnalysisResult::getStatus)
                    .containsOnly(ResumeStatus.READY);
            final Map<String, Long> totalMs = new TreeMap<>();
            for (final ResumeAnalysisResult r : results) {
                for (final AiTask t : r.getAiTasks()) {
                    totalMs.merge(
                            t.getTaskType().name().toLowerCase(java.util.Locale.ROOT),
                            (long) t.getProcessingTimeMs(),
                            Long::sum);
                }
            }
            final Map<String, Double> meanMs = new TreeMap<>();
            totalMs.forEach((k, v) -> meanMs.put(k, (double) v / RESUMES));
            LOG.info(
                    "resume pipeline: {} resumes (TXT/PDF/DOCX) in {} s = {} resumes/s; mean ms per step {}",
                    RESUMES,
                    String.format("%.2f", seconds),
                    String.format("%.1f", RESUMES / seconds),
                    meanMs);
        }
    }
}
