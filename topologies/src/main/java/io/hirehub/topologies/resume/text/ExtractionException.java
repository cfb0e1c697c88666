package io.hirehub.topologies.resume.text;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.topologies.resume.FailureKind;
import io.hirehub.topologies.resume.ResumeAnalysisException;

/**
 * A file could not be turned into text: unsupported type, corrupt file, encrypted PDF, no text,
 * or too large ({@link #kind()}). Reported as a failed {@code parsing} task.
 */
public final class ExtractionException extends ResumeAnalysisException {

    private static final long serialVersionUID = 1L;

    public ExtractionException(final FailureKind kind, final String message, final Throwable cause) {
        super(AiTaskType.PARSING, kind, message, cause);
    }

    public ExtractionException(final FailureKind kind, final String message) {
        this(kind, message, null);
    }
}
