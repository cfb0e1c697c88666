package io.hirehub.topologies.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code jobs.remote_type}. */
public enum RemoteType implements SeedCodes.HasCode {
    ONSITE("onsite"),
    REMOTE("remote"),
    HYBRID("hybrid");

    private final String code;

    RemoteType(final String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses a column value; {@code null} stays {@code null}. */
    public static RemoteType fromCode(final String code) {
        return SeedCodes.parse(RemoteType.class, "jobs.remote_type", code);
    }
}
