package io.hirehub.topologies.resume;

/**
 * The resume pipeline's steps as {@code ai_tasks.task_type} values of the seed.
 *
 * <p>Text extraction has no task type of its own in the seed; it is the first half of turning a
 * file into structure, so its failures are reported as {@link #PARSING}.
 */
public enum TaskType {
    PII_MASKING("pii_masking"),
    PARSING("parsing"),
    EMBEDDING("embedding"),
    SUMMARY("summary");

    private final String dbValue;

    TaskType(final String dbValue) {
        this.dbValue = dbValue;
    }

    /** The value stored in {@code ai_tasks.task_type}. */
    public String dbValue() {
        return dbValue;
    }
}
