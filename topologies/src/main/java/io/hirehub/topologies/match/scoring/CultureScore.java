package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * Result of {@link CultureScorer}; a part is {@code null} when the data it needs is missing.
 *
 * @param score        0–100, scale 2 (neutral 50 when no part is known)
 * @param known        whether any part was scored
 * @param location     location/remote part
 * @param locationFit  how the locations relate
 * @param position     desired position vs job title and company industry
 * @param companySize  company size vs a size the desired position names (스타트업, 대기업 …)
 * @param salary       desired salary range vs the job's range
 * @param salaryFit    how the salary ranges relate
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CultureScore(
        BigDecimal score,
        boolean known,
        BigDecimal location,
        @JsonProperty("location_fit") LocationFit locationFit,
        BigDecimal position,
        @JsonProperty("company_size") BigDecimal companySize,
        BigDecimal salary,
        @JsonProperty("salary_fit") SalaryFit salaryFit) {}
