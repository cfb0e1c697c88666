package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the resume's years relate to the job's years range. */
public enum ExperienceFit {
    /** Inside the range. */
    WITHIN,
    /** Fewer years than the minimum. */
    BELOW,
    /** More years than the maximum. */
    ABOVE,
    /** The job states no years at all. */
    NO_REQUIREMENT,
    /** The resume states no total years. */
    UNKNOWN;

    /** Lower-case name, as written in the breakdown JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
