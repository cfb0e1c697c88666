package io.hirehub.topologies.match.scoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code matches.score_breakdown} JSON: the overall score, each component with its normalised
 * weight, and each component's details (matched/missing skills, years range, culture parts,
 * cosine). {@link BreakdownJson} writes it with snake_case names and plain decimals.
 *
 * @param overall    {@code overall_score}
 * @param components one entry per component: skill, experience, culture, semantic, text
 * @param skills     skill details
 * @param experience experience details
 * @param culture    culture details
 * @param semantic   semantic details
 * @param text       text-relevance details ({@code null} in breakdowns written before the component existed)
 */
@JsonPropertyOrder({"overall", "components", "skills", "experience", "culture", "semantic", "text"})
public record ScoreBreakdown(
        BigDecimal overall,
        List<Component> components,
        SkillScore skills,
        ExperienceScore experience,
        CultureScore culture,
        SemanticScore semantic,
        TextScore text) {

    /** Immutable copy. */
    public ScoreBreakdown {
        components = List.copyOf(components);
    }

    /**
     * One component of the overall score.
     *
     * @param name   skill, experience, culture, semantic or text
     * @param score  0–100, scale 2
     * @param weight share of the overall score, scale 4 (weights sum to 1)
     * @param known  false when the component fell back to neutral 50 for lack of data
     */
    @JsonPropertyOrder({"name", "score", "weight", "known"})
    public record Component(String name, BigDecimal score, BigDecimal weight, boolean known) {}
}
