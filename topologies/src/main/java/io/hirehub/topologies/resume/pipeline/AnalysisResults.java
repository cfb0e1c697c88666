package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiSourceType;
import io.hirehub.avro.entity.AiTask;
import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.PiiMaskingLog;
import io.hirehub.avro.entity.ResumeEducation;
import io.hirehub.avro.entity.ResumeEmbedding;
import io.hirehub.avro.entity.ResumeExperience;
import io.hirehub.avro.entity.ResumeSkill;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.resume.ChunkEmbedding;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.TaskReport;
import io.hirehub.topologies.resume.parse.Education;
import io.hirehub.topologies.resume.parse.Experience;
import io.hirehub.topologies.resume.parse.ParsedResumeJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns an analysis (or its failure) into the write-back record. Row ids are name-based UUIDs of the
 * resume (content rows) or of the event (ai_tasks, the PII log), so a replayed result writes the
 * very same rows.
 */
final class AnalysisResults {

    private AnalysisResults() {}

    static ResumeAnalysisResult success(final ResumeUploaded event, final ResumeAnalysis analysis, final Instant now) {
        final UUID resumeId = event.getResumeId();
        final Instant at = now.truncatedTo(ChronoUnit.MICROS);
        final List<ResumeExperience> experiences = new ArrayList<>();
        for (final Experience e : analysis.parsed().experiences()) {
            experiences.add(ResumeExperience.newBuilder()
                    .setId(rowId(resumeId, "experience", experiences.size()))
                    .setResumeId(resumeId)
                    .setCompanyName(e.companyName())
                    .setPosition(e.position())
                    .setStartDate(e.startDate())
                    .setEndDate(e.endDate())
                    .setIsCurrent(e.isCurrent())
                    .setDescription(e.description())
                    .build());
        }
        final List<ResumeEducation> educations = new ArrayList<>();
        for (final Education e : analysis.parsed().educations()) {
            educations.add(ResumeEducation.newBuilder()
                    .setId(rowId(resumeId, "education", educations.size()))
                    .setResumeId(resumeId)
                    .setSchoolName(e.schoolName())
                    .setDegree(e.degree())
                    .setMajor(e.major())
                    .setStartDate(e.startDate())
                    .setEndDate(e.endDate())
                    .setIsCurrent(e.isCurrent())
                    .build());
        }
        final List<ResumeSkill> skills = new ArrayList<>();
        for (final io.hirehub.topologies.resume.parse.ParsedSkill s :
                analysis.parsed().skills()) {
            skills.add(ResumeSkill.newBuilder()
                    .setId(rowId(resumeId, "skill", skills.size()))
                    .setResumeId(resumeId)
                    .setSkillName(s.skillName())
                    .setProficiency(s.proficiency())
                    .setYears(s.years())
                    .build());
        }
        final List<ResumeEmbedding> embeddings = new ArrayList<>();
        for (final ChunkEmbedding c : analysis.chunks()) {
            embeddings.add(ResumeEmbedding.newBuilder()
                    .setId(rowId(resumeId, "embedding", c.chunkIndex()))
                    .setResumeId(resumeId)
                    .setChunkIndex(c.chunkIndex())
                    .setChunkText(c.chunkText())
                    .setEmbedding(floats(c.embedding()))
                    .setCreatedAt(at)
                    .build());
        }
        final List<AiTask> tasks = new ArrayList<>();
        for (final TaskReport t : analysis.tasks()) {
            tasks.add(task(
                    event,
                    t.taskType(),
                    AiTaskStatus.COMPLETED,
                    t.modelUsed(),
                    t.tokensUsed(),
                    t.processingTimeMs(),
                    null,
                    at));
        }
        return ResumeAnalysisResult.newBuilder()
                .setEventId(event.getEventId())
                .setResumeId(resumeId)
                .setUserId(event.getUserId())
                .setStatus(ResumeStatus.READY)
                .setErrorMessage(null)
                .setFileType(analysis.fileType().sqlValue())
                .setMaskedContent(analysis.maskedText())
                .setParsedContent(ParsedResumeJson.toJsonString(analysis.parsed()))
                .setAiSummary(analysis.summary().text())
                .setExperiences(experiences)
                .setEducations(educations)
                .setSkills(skills)
                .setEmbeddings(embeddings)
                .setPiiMaskingLog(PiiMaskingLog.newBuilder()
                        .setId(rowId(event.getEventId(), "pii-log", 0))
                        .setResumeId(resumeId)
                        .setMaskedFields(analysis.maskedFields().toJsonString())
                        .setProcessedAt(at)
                        .build())
                .setAiTasks(tasks)
                .setProcessedAt(at)
                .build();
    }

    /** A failed analysis: status error, one failed ai_tasks row for the step that failed. */
    static ResumeAnalysisResult failure(
            final ResumeUploaded event,
            final AiTaskType failedTask,
            final String errorMessage,
            final long elapsedMs,
            final Instant now) {
        final Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return ResumeAnalysisResult.newBuilder()
                .setEventId(event.getEventId())
                .setResumeId(event.getResumeId())
                .setUserId(event.getUserId())
                .setStatus(ResumeStatus.ERROR)
                .setErrorMessage(errorMessage)
                .setFileType(null)
                .setMaskedContent(null)
                .setParsedContent(null)
                .setAiSummary(null)
                .setExperiences(List.of())
                .setEducations(List.of())
                .setSkills(List.of())
                .setEmbeddings(List.of())
                .setPiiMaskingLog(null)
                .setAiTasks(List.of(task(event, failedTask, AiTaskStatus.FAILED, null, 0, elapsedMs, errorMessage, at)))
                .setProcessedAt(at)
                .build();
    }

    private static AiTask task(
            final ResumeUploaded event,
            final AiTaskType type,
            final AiTaskStatus status,
            final String model,
            final int tokens,
            final long millis,
            final String error,
            final Instant at) {
        return AiTask.newBuilder()
                .setId(rowId(event.getEventId(), "task-" + SeedValues.sql(type), 0))
                .setTaskType(type)
                .setSourceType(AiSourceType.RESUME)
                .setSourceId(event.getResumeId())
                .setStatus(status)
                .setInputData(null)
                .setOutputData(null)
                .setErrorMessage(error)
                .setModelUsed(model)
                .setTokensUsed(tokens)
                .setProcessingTimeMs((int) Math.min(Integer.MAX_VALUE, millis))
                .setCreatedAt(at)
                .setCompletedAt(at)
                .build();
    }

    static UUID rowId(final UUID owner, final String kind, final int index) {
        return UUID.nameUUIDFromBytes((owner + ":" + kind + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    static List<Float> floats(final float[] vector) {
        final List<Float> list = new ArrayList<>(vector.length);
        for (final float f : vector) {
            list.add(f);
        }
        return list;
    }
}
