package io.hirehub.topologies.resume.query;

import io.hirehub.avro.entity.ResumeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a resume's analysis is.
 *
 * @param resumeId  the resume
 * @param userId    its owner
 * @param status    {@code processing} until the pipeline answers, then {@code ready} or {@code error}
 * @param updatedAt when the row last changed
 * @param steps     the analysis steps recorded for it ({@code ai_tasks}), oldest first; empty while processing
 */
public record ResumeAnalysisState(
        String resumeId, String userId, ResumeStatus status, Instant updatedAt, List<AnalysisStep> steps) {

    public ResumeAnalysisState {
        Objects.requireNonNull(resumeId, "resumeId");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }
}
