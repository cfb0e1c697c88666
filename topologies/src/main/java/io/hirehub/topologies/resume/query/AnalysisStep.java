package io.hirehub.topologies.resume.query;

import io.hirehub.avro.entity.AiTaskStatus;
import io.hirehub.avro.entity.AiTaskType;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One recorded step of a resume's analysis (an {@code ai_tasks} row).
 *
 * @param type         pii_masking, parsing, embedding, summary, …
 * @param status       completed or failed (the pipeline records finished steps only)
 * @param model        the model or rule set used
 * @param error        why it failed
 * @param processingMs how long it took
 */
public record AnalysisStep(
        AiTaskType type,
        AiTaskStatus status,
        Optional<String> model,
        Optional<String> error,
        OptionalInt processingMs) {

    public AnalysisStep {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(processingMs, "processingMs");
    }
}
