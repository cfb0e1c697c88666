package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Outcome of the salary part of {@link CultureScorer}. */
public enum SalaryFit {
    /** The job's range and the desired range overlap (100). */
    OVERLAP,
    /** The job pays less than the jobseeker's minimum (falls to 0 at 25 % short). */
    BELOW_DESIRED,
    /** The job's minimum exceeds the desired maximum (90: fine for the jobseeker, a hint of mismatch). */
    ABOVE_DESIRED,
    /** Either side states no salary: not scored. */
    UNKNOWN;

    /** Lower-case name, as written in the breakdown JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
