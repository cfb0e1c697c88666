package io.hirehub.topologies.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code jobs.status}: only {@link #OPEN} jobs are matchable. */
public enum JobStatus implements SeedCodes.HasCode {
    DRAFT("draft"),
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    JobStatus(final String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses a column value; {@code null} stays {@code null}. */
    public static JobStatus fromCode(final String code) {
        return SeedCodes.parse(JobStatus.class, "jobs.status", code);
    }
}
