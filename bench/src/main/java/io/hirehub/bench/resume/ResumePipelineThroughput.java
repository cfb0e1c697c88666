package io.hirehub.bench.resume;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.pipeline.PipelineHarness;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.TestDocuments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Resumes per second through the whole resume topology in {@code TopologyTestDriver} with the local
 * providers (no broker, no network): a mixed TXT/PDF/DOCX batch after one warm-up resume, and the
 * mean {@code ai_tasks} time per step. Prints one line; fails if any resume is not {@code ready}.
 * Arguments: the number of resumes (60).
 */
public final class ResumePipelineThroughput {

    private ResumePipelineThroughput() {}

    public static void main(final String[] args) {
        final int resumes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        final byte[] txt = Resources.bytes("ko_backend.txt");
        final List<String> lines = Resources.text("en_backend.md").lines().toList();
        final byte[] pdf = TestDocuments.pdf(lines);
        final byte[] docx = TestDocuments.docx(null, lines, List.of());
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            pipeline.upload(UUID.randomUUID(), "warm.txt", txt);
            pipeline.results.readValuesToList();

            final long start = System.nanoTime();
            for (int i = 0; i < resumes; i++) {
                switch (i % 3) {
                    case 0 -> pipeline.upload(UUID.randomUUID(), "r.txt", txt);
                    case 1 -> pipeline.upload(UUID.randomUUID(), "r.pdf", pdf);
                    default -> pipeline.upload(UUID.randomUUID(), "r.docx", docx);
                }
            }
            final List<ResumeAnalysisResult> results = pipeline.results.readValuesToList();
            final double seconds = (System.nanoTime() - start) / 1e9;

            final long ready = results.stream()
                    .filter(r -> r.getStatus() == ResumeStatus.READY)
                    .count();
            if (results.size() != resumes || ready != resumes) {
                throw new IllegalStateException(
                        "expected " + resumes + " ready resumes, got " + ready + " of " + results.size());
            }
            final Map<String, Long> totalMs = new TreeMap<>();
            for (final ResumeAnalysisResult r : results) {
                for (final AiTask t : r.getAiTasks()) {
                    totalMs.merge(
                            t.getTaskType().name().toLowerCase(Locale.ROOT), (long) t.getProcessingTimeMs(), Long::sum);
                }
            }
            final Map<String, String> meanMs = new TreeMap<>();
            totalMs.forEach((step, ms) -> meanMs.put(step, String.format(Locale.ROOT, "%.1f", (double) ms / resumes)));
            System.out.printf(
                    Locale.ROOT,
                    "resume pipeline: %d resumes (TXT/PDF/DOCX) in %.2f s = %.1f resumes/s; mean ms per step %s%n",
                    resumes,
                    seconds,
                    resumes / seconds,
                    meanMs);
        }
    }
}
