package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hirehub.avro.entity.ExperienceLevel;
import java.math.BigDecimal;

/**
 * Result of {@link ExperienceScorer}.
 *
 * @param score       0–100, scale 2
 * @param fit         where the resume's years fall
 * @param resumeYears total years on the resume, {@code null} when unknown
 * @param requiredMin effective minimum (explicit or from the level band), {@code null} when open
 * @param requiredMax effective maximum, {@code null} when open
 * @param level       the job's experience level, {@code null} when not set
 */
public record ExperienceScore(
        BigDecimal score,
        ExperienceFit fit,
        @JsonProperty("resume_years") Integer resumeYears,
        @JsonProperty("required_min") Integer requiredMin,
        @JsonProperty("required_max") Integer requiredMax,
        ExperienceLevel level) {}
