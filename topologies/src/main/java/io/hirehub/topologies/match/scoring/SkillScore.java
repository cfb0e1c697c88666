package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Result of {@link SkillScorer}: the score and which of the job's skills the resume holds.
 *
 * @param score             0–100, scale 2
 * @param known             false when the job lists no skills (score is then neutral 50)
 * @param matchedRequired   required skills the resume holds (job's display names, job order)
 * @param missingRequired   required skills the resume lacks
 * @param matchedPreferred  preferred skills the resume holds
 * @param missingPreferred  preferred skills the resume lacks
 * @param related           the missing skills (required or preferred) credited as related: the resume holds other
 *                          skills of their occupational family (empty in breakdowns written before that credit)
 */
@JsonIgnoreProperties(
        value = {"required_total", "preferred_total"},
        allowGetters = true)
public record SkillScore(
        BigDecimal score,
        boolean known,
        @JsonProperty("matched_required") List<String> matchedRequired,
        @JsonProperty("missing_required") List<String> missingRequired,
        @JsonProperty("matched_preferred") List<String> matchedPreferred,
        @JsonProperty("missing_preferred") List<String> missingPreferred,
        @JsonProperty("related") List<String> related) {

    /** Immutable copies. */
    public SkillScore {
        matchedRequired = List.copyOf(matchedRequired);
        missingRequired = List.copyOf(missingRequired);
        matchedPreferred = List.copyOf(matchedPreferred);
        missingPreferred = List.copyOf(missingPreferred);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** Number of required skills the job lists. */
    @JsonProperty("required_total")
    public int requiredTotal() {
        return matchedRequired.size() + missingRequired.size();
    }

    /** Number of preferred skills the job lists. */
    @JsonProperty("preferred_total")
    public int preferredTotal() {
        return matchedPreferred.size() + missingPreferred.size();
    }
}
