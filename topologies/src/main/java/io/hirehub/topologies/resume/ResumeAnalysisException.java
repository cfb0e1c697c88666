package io.hirehub.topologies.resume;

import io.hirehub.avro.entity.AiTaskType;
import java.util.Locale;
import java.util.Objects;

/**
 * The one exception {@link ResumeAnalyzer} throws: the topology turns it into resume status
 * {@code error}, a failed {@code ai_tasks} row for {@link #taskType()} and {@code resume.processed}
 * with status error.
 *
 * <p>Messages are written by this package and never contain resume text (raw or masked); causes
 * are kept for stack traces only.
 */
public class ResumeAnalysisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AiTaskType taskType;
    private final FailureKind kind;

    public ResumeAnalysisException(
            final AiTaskType taskType, final FailureKind kind, final String message, final Throwable cause) {
        super(message, cause);
        this.taskType = Objects.requireNonNull(taskType, "taskType");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ResumeAnalysisException(final AiTaskType taskType, final FailureKind kind, final String message) {
        this(taskType, kind, message, null);
    }

    /** The pipeline step whose {@code ai_tasks} row fails. */
    public AiTaskType taskType() {
        return taskType;
    }

    /** The failure category. */
    public FailureKind kind() {
        return kind;
    }

    /** The text for {@code resumes}/{@code ai_tasks.error_message}: kind code plus message. */
    public String errorMessage() {
        return kind.name().toLowerCase(Locale.ROOT) + ": " + getMessage();
    }
}
