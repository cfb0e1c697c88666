package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Outcome of the location part of {@link CultureScorer}. */
public enum LocationFit {
    /** Fully remote job: location does not matter (100). */
    REMOTE,
    /** Job and jobseeker in the same region (100). */
    SAME_REGION,
    /** Other region, hybrid job (50). */
    OTHER_REGION_HYBRID,
    /** Other region, on-site job (0). */
    OTHER_REGION_ONSITE,
    /** A location is missing on either side: not scored. */
    UNKNOWN;

    /** Lower-case name, as written in the breakdown JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
