package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class ResumePipelineTopologyTest {

    private static final UUID USER = UUID.fromString("7b1e5a9c-0000-4000-8000-000000000001");

    @Test
    void shouldTurnTxtPdfAndDocxUploadsIntoReadyResultsProfilesAndProcessedFiles() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final List<String> lines = Resources.text("en_backend.md").lines().toList();
            final ResumeUploaded txt = pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));
            final ResumeUploaded pdf = pipeline.upload(USER, "jane.pdf", TestDocuments.pdf(lines));
            final ResumeUploaded docx = pipeline.upload(USER, "jane.docx", TestDocuments.docx(null, lines, List.of()));

            final List<TestRecord<String, ResumeAnalysisResult>> results = pipeline.results.readRecordsToList();
            assertThat(results)
                    .extracting(TestRecord::key)
                    .containsExactly(
                            txt.getResumeId().toString(),
                            pdf.getResumeId().toString(),
                            docx.getResumeId().toString());
            for (final TestRecord<String, ResumeAnalysisResult> record : results) {
                final ResumeAnalysisResult result = record.value();
                assertThat(result.getStatus()).as(record.key()).isEqualTo(ResumeStatus.READY);
                assertThat(result.getErrorMessage()).isNull();
                assertThat(result.getUserId()).isEqualTo(USER);
                assertThat(result.getExperiences()).isNotEmpty();
                assertThat(result.getEducations()).isNotEmpty();
                assertThat(result.getSkills()).extracting(s -> s.getSkillName()).contains("Java", "Spring Boot");
                assertThat(result.getEmbeddings())
                        .isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getEmbedding()).hasSize(1536));
                assertThat(result.getPiiMaskingLog().getMaskedFields()).contains("phone");
                assertThat(result.getAiTasks())
                        .extracting(AiTask::getTaskType)
                        .containsExactly(
                                AiTaskType.PII_MASKING, AiTaskType.PARSING, AiTaskType.EMBEDDING, AiTaskType.SUMMARY);
                assertThat(result.getAiTasks()).extracting(AiTask::getStatus).containsOnly(AiTaskStatus.COMPLETED);
                assertThat(result.getAiSummary()).isNotBlank();
            }
            assertThat(results).extracting(r -> r.value().getFileType()).containsExactly("txt", "pdf", "docx");

            final List<TestRecord<String, ResumeProfile>> profiles = pipeline.profiles.readRecordsToList();
            assertThat(profiles).hasSize(3);
            final ResumeProfile profile = profiles.get(1).value();
            assertThat(profile.getResumeId()).isEqualTo(pdf.getResumeId());
            assertThat(profile.getSkills()).extracting(s -> s.getName()).contains("Java", "Kubernetes");
            assertThat(profile.getTotalExperienceYears()).isPositive();
            assertThat(profile.getEmbedding()).hasSize(1536);
            double norm = 0;
            for (final float f : profile.getEmbedding()) {
                norm += f * f;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));

            final String prefix = PipelineHarness.BUCKET + "/processed/" + USER + "/" + docx.getResumeId() + "/";
            assertThat(pipeline.storedObjects()).containsKeys(prefix + "masked.txt", prefix + "parsed.json");
            assertThat(new String(pipeline.storedObjects().get(prefix + "masked.txt"), StandardCharsets.UTF_8))
                    .isEqualTo(results.get(2).value().getMaskedContent())
                    .doesNotContain("jane.doe@example.com");
        }
    }

    @Test
    void shouldRecogniseASkillTagAddedInTheSystemOfRecordInTheNextResumeWithoutARestart() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final byte[] file = "물류센터 운영 5년. 템포럴 워크플로와 WMS를 운영했습니다.\n".getBytes(StandardCharsets.UTF_8);
            pipeline.upload(USER, "before.txt", file);
            assertThat(pipeline.profiles.readValue().getSkills())
                    .extracting(s -> s.getName())
                    .contains("Warehouse Management System")
                    .doesNotContain("Temporal");

            final UUID tag = UUID.fromString("00000000-0000-0000-0000-00000000f001");
            pipeline.skillTags.pipeInput(
                    tag.toString(),
                    SkillTag.newBuilder()
                            .setId(tag)
                            .setName("Temporal")
                            .setCategory(SkillCategory.TOOL)
                            .setSynonyms(List.of("템포럴"))
                            .build());
            pipeline.upload(USER, "after.txt", file);
            assertThat(pipeline.profiles.readValue().getSkills())
                    .extracting(s -> s.getName())
                    .contains("Temporal", "Warehouse Management System");

            pipeline.skillTags.pipeInput(tag.toString(), null);
            pipeline.upload(USER, "deleted.txt", file);
            assertThat(pipeline.profiles.readValue().getSkills())
                    .extracting(s -> s.getName())
                    .as("a deleted tag is no longer recognised")
                    .doesNotContain("Temporal");
        }
    }

    @Test
    void shouldUseTheJobseekerProfileForTheNameToMaskAndTheDesiredPosition() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            pipeline.jobseeker(USER, "김민준", "백엔드 개발자");
            final byte[] file = "김민준\n백엔드 개발자 김민준의 이력서입니다. Java, Spring Boot 5년 경력.\n".getBytes(StandardCharsets.UTF_8);
            pipeline.upload(USER, "a.txt", file);

            final ResumeAnalysisResult result = pipeline.results.readValue();
            assertThat(result.getStatus()).isEqualTo(ResumeStatus.READY);
            assertThat(result.getMaskedContent()).doesNotContain("김민준").contains("[NAME]");
            final ResumeProfile profile = pipeline.profiles.readValue();
            assertThat(profile.getDesiredPosition()).isEqualTo("백엔드 개발자");
            assertThat(profile.getDesiredSalaryMin()).isEqualTo(5000);
            assertThat(profile.getDesiredSalaryMax()).isEqualTo(7000);
        }
    }

    @Test
    void shouldAnswerAnEventIdOnlyOnceButAnswerANewUploadOfTheSameResume() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final ResumeUploaded event = pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));
            pipeline.uploaded.pipeInput(event.getResumeId().toString(), event);
            pipeline.uploaded.pipeInput(event.getResumeId().toString(), event);

            assertThat(pipeline.results.readRecordsToList()).hasSize(1);
            assertThat(pipeline.profiles.readRecordsToList()).hasSize(1);

            final ResumeUploaded again = ResumeUploaded.newBuilder(event)
                    .setEventId(UUID.randomUUID())
                    .build();
            pipeline.uploaded.pipeInput(again.getResumeId().toString(), again);
            assertThat(pipeline.results.readRecordsToList()).hasSize(1);
        }
    }

    @Test
    void shouldForgetAnsweredEventIdsAfterTheirRetention() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final ResumeUploaded event = pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));
            final org.apache.kafka.streams.state.KeyValueStore<String, Long> answered =
                    pipeline.driver.getKeyValueStore(ResumePipelineNames.PROCESSED_EVENTS_STORE);
            final String eventId = event.getEventId().toString();
            assertThat(answered.get(eventId)).isNotNull();

            pipeline.driver.advanceWallClockTime(AnalyzeProcessor.PROCESSED_EVENT_RETENTION.minusDays(1));
            assertThat(answered.get(eventId)).as("still inside the retention").isNotNull();

            pipeline.driver.advanceWallClockTime(java.time.Duration.ofDays(2));
            assertThat(answered.get(eventId)).as("two weeks later").isNull();
        }
    }

    @Test
    void shouldSendUnreadableRecordsToTheDeadLetterTopicWithTheirPositionAndKeepGoing() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            final byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
            pipeline.uploadedRaw.pipeInput("resume-1", garbage);
            pipeline.upload(USER, "ko_backend.txt", Resources.bytes("ko_backend.txt"));

            final TestRecord<String, byte[]> dead = pipeline.deadLetters.readRecord();
            assertThat(dead.key()).isEqualTo("resume-1");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8))
                    .doesNotContain("not avro")
                    .startsWith(
                            "{\"dead_letter\":1,\"source\":{\"topic\":\"resume.uploaded\",\"partition\":0,\"offset\":0}")
                    .contains("\"payload\":{\"bytes\":8,\"sha256\":\"");
            final Headers headers = dead.headers();
            assertThat(header(headers, DeadLetterProcessor.SOURCE_TOPIC)).isEqualTo(Topics.RESUME_UPLOADED.name());
            assertThat(header(headers, DeadLetterProcessor.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(header(headers, DeadLetterProcessor.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(header(headers, DeadLetterProcessor.ERROR_CLASS)).isNotBlank();
            assertThat(header(headers, DeadLetterProcessor.ERROR_MESSAGE)).isNotBlank();
            assertThat(pipeline.deadLetters.isEmpty()).isTrue();
            assertThat(pipeline.results.readValue().getStatus()).isEqualTo(ResumeStatus.READY);
        }
    }

    @Test
    void shouldRetractTheProfileWhenTheResumeRowIsDeletedAndIgnoreRowUpdates() {
        try (PipelineHarness pipeline =
                new PipelineHarness(ResumeAnalyzer.builder().build())) {
            pipeline.resumes.pipeInput("0b5c8a3e-0000-4000-8000-00000000000a", new byte[] {0, 0, 0, 0, 1, 2});
            pipeline.resumes.pipeInput("0b5c8a3e-0000-4000-8000-00000000000a", (byte[]) null);

            final List<TestRecord<String, ResumeProfile>> profiles = pipeline.profiles.readRecordsToList();
            assertThat(profiles).hasSize(1);
            assertThat(profiles.get(0).key()).isEqualTo("0b5c8a3e-0000-4000-8000-00000000000a");
            assertThat(profiles.get(0).value()).isNull();
            assertThat(pipeline.results.isEmpty()).isTrue();
        }
    }

    static String header(final Headers headers, final String name) {
        return Optional.ofNullable(headers.lastHeader(name))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .orElse(null);
    }
}
