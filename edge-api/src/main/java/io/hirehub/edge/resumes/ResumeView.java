package io.hirehub.edge.resumes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resume and how far its analysis has got: {@code status} processing → ready (or error), the
 * summary and skills the pipeline wrote back, and each AI task's state. The original file is never
 * in it: {@code GET /v1/resumes/{id}/download} gives a short-lived link to the owner.
 */
public record ResumeView(
        UUID id,
        UUID userId,
        String title,
        String originalFileName,
        String fileType,
        boolean isPrimary,
        String status,
        String aiSummary,
        List<SkillView> skills,
        int experiencesCount,
        int educationsCount,
        List<TaskView> tasks,
        Instant createdAt,
        Instant updatedAt) {

    /** A {@code resume_skills} row. */
    public record SkillView(String skillName, String proficiency, Integer years) {}

    /** An {@code ai_tasks} row of this resume. */
    public record TaskView(
            String taskType, String status, String errorMessage, Integer processingTimeMs, Instant completedAt) {}
}
