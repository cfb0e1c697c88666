package io.hirehub.topologies.resume;

import io.hirehub.avro.entity.AiTaskType;
import java.util.Objects;

/**
 * What one step did, for its {@code ai_tasks} row (status {@code completed}).
 *
 * @param taskType         {@code ai_tasks.task_type}
 * @param modelUsed        {@code ai_tasks.model_used}
 * @param tokensUsed       {@code ai_tasks.tokens_used} (0 for local steps)
 * @param processingTimeMs {@code ai_tasks.processing_time_ms}
 */
public record TaskReport(AiTaskType taskType, String modelUsed, int tokensUsed, long processingTimeMs) {

    public TaskReport {
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(modelUsed, "modelUsed");
    }
}
