package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.support.GivingUpEmbeddings;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.TestDocuments;
import io.hirehub.topologies.resume.text.ExtractionSettings;
import io.hirehub.topologies.resume.text.TextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every failure kind becomes a result with status error and one failed ai_tasks row; the pipeline goes on. */
class ResumePipelineFailureTest {

    private static final UUID USER = UUID.fromString("7b1e5a9c-0000-4000-8000-000000000002");

    @Test
    void shouldReportEachUnreadableFileAsAnErrorAndKeepGoing() {
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .extractor(new TextExtractor(new ExtractionSettings(64 * 1024, 20)))
                .build();
        try (PipelineHarness pipeline = new PipelineHarness(analyzer)) {
            pipeline.upload(USER, "virus.exe", new byte[] {'M', 'Z', 1, 2, 3, 4, 5, 6, 7, 8});
            pipeline.upload(
                    USER, "broken.pdf", "%PDF-1.7\n garbage that is no PDF".getBytes(StandardCharsets.US_ASCII));
            pipeline.upload(USER, "locked.pdf", TestDocuments.pdf(List.of("Jane Doe 010-1234-5678"), "pw", null));
            pipeline.upload(USER, "empty.txt", "   \n ".getBytes(StandardCharsets.UTF_8));
            pipeline.upload(USER, "huge.txt", "Java 개발자 ".repeat(10_000).getBytes(StandardCharsets.UTF_8));
            final ResumeUploaded ok = pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));

            final List<ResumeAnalysisResult> results = pipeline.results.readValuesToList();
            assertThat(results)
                    .extracting(ResumeAnalysisResult::getStatus)
                    .containsExactly(
                            ResumeStatus.ERROR,
                            ResumeStatus.ERROR,
                            ResumeStatus.ERROR,
                            ResumeStatus.ERROR,
                            ResumeStatus.ERROR,
                            ResumeStatus.READY);
            assertThat(results.subList(0, 5))
                    .extracting(r ->
                            r.getErrorMessage().substring(0, r.getErrorMessage().indexOf(':')))
                    .containsExactly(
                            "unsupported_type", "corrupt_file", "encrypted_pdf", "empty_text", "file_too_large");
            assertThat(results.get(2).getErrorMessage()).isEqualTo("encrypted_pdf: PDF is password-protected");
            for (final ResumeAnalysisResult failed : results.subList(0, 5)) {
                assertFailedTask(failed, AiTaskType.PARSING);
                assertThat(failed.getMaskedContent()).isNull();
                assertThat(failed.getSkills()).isEmpty();
            }
            assertThat(pipeline.profiles.readValuesToList())
                    .extracting(p -> p.getResumeId())
                    .containsExactly(ok.getResumeId());
        }
    }

    @Test
    void shouldReportAMissingObjectAndABadUrl() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final ResumeUploaded event = pipeline.upload(USER, "a.txt", Resources.bytes("ko_backend.txt"));
            final ResumeUploaded missing = ResumeUploaded.newBuilder(event)
                    .setEventId(UUID.randomUUID())
                    .setFileUrl("s3://" + PipelineHarness.BUCKET + "/original/nothing/here.txt")
                    .build();
            final ResumeUploaded badUrl = ResumeUploaded.newBuilder(event)
                    .setEventId(UUID.randomUUID())
                    .setFileUrl("https://example.com/a.txt")
                    .build();
            pipeline.results.readValue();
            pipeline.uploaded.pipeInput(missing.getResumeId().toString(), missing);
            pipeline.uploaded.pipeInput(badUrl.getResumeId().toString(), badUrl);

            final List<ResumeAnalysisResult> results = pipeline.results.readValuesToList();
            assertThat(results)
                    .extracting(ResumeAnalysisResult::getErrorMessage)
                    .containsExactly(
                            "object_missing: no object at s3://" + PipelineHarness.BUCKET
                                    + "/original/nothing/here.txt",
                            "unreadable_location: file_url is not an s3:// URL: https://example.com/a.txt");
            results.forEach(r -> assertFailedTask(r, AiTaskType.PARSING));
        }
    }

    @Test
    void shouldReportAProviderThatGaveUpAsAFailedEmbeddingTask() {
        final EmbeddingProvider failing = new GivingUpEmbeddings();
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().embeddings(failing).build())) {
            pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));

            final ResumeAnalysisResult result = pipeline.results.readValue();
            assertThat(result.getStatus()).isEqualTo(ResumeStatus.ERROR);
            assertThat(result.getErrorMessage()).isEqualTo("provider_failed: bedrock: HTTP 503 (after 3 attempts)");
            assertFailedTask(result, AiTaskType.EMBEDDING);
            assertThat(pipeline.profiles.isEmpty()).isTrue();
        }
    }

    private static void assertFailedTask(final ResumeAnalysisResult result, final AiTaskType type) {
        assertThat(result.getAiTasks()).hasSize(1);
        final AiTask task = result.getAiTasks().get(0);
        assertThat(task.getTaskType()).isEqualTo(type);
        assertThat(task.getStatus()).isEqualTo(AiTaskStatus.FAILED);
        assertThat(task.getErrorMessage()).isEqualTo(result.getErrorMessage());
        assertThat(task.getSourceId()).isEqualTo(result.getResumeId());
    }
}
