/**
 * Matching domain logic (issue 5), free of Kafka and HTTP types.
 *
 * <h2>Scoring one pair</h2>
 * {@link io.hirehub.topologies.match.scoring.MatchScorer} combines four 0–100 components — {@code skill_score}
 * ({@link io.hirehub.topologies.match.scoring.SkillScorer}), {@code experience_score}
 * ({@link io.hirehub.topologies.match.scoring.ExperienceScorer}), {@code culture_score}
 * ({@link io.hirehub.topologies.match.scoring.CultureScorer}) and semantic similarity
 * ({@link io.hirehub.topologies.match.scoring.SemanticScorer}) — into {@code overall_score} with
 * {@link io.hirehub.topologies.match.scoring.MatchWeights}. Every score is a {@code BigDecimal} of scale 2
 * (HALF_UP), like the {@code DECIMAL(5,2)} columns. {@link io.hirehub.topologies.match.scoring.ScoreBreakdown}
 * ({@link io.hirehub.topologies.match.scoring.BreakdownJson}) is {@code score_breakdown};
 * {@link io.hirehub.topologies.match.scoring.MatchExplainer} writes {@code ai_reasoning} in Korean
 * ({@link io.hirehub.topologies.match.scoring.KoreanReasoning}), optionally rewritten by an LLM
 * ({@link io.hirehub.topologies.match.scoring.ReasoningRewriter}). Skill synonyms come in through
 * {@link io.hirehub.topologies.match.scoring.SkillCanonicalizer} (built from {@code skill_tags}).
 *
 * <h2>Candidates</h2>
 * A processor holds a {@link io.hirehub.topologies.match.scoring.ResumeShardIndex} (its task's resumes) and a
 * {@link io.hirehub.topologies.match.scoring.JobIndex} (the broadcast open jobs). Each query scans compact
 * vectors ({@link io.hirehub.topologies.match.vectors.PreselectMode}: int8 or sign bits), keeps
 * {@code N × preselectFactor} candidates and scores only those exactly, so one changed job or
 * resume never recomputes all pairs. Both indexes are derived state: keep the profiles in
 * changelogged stores ({@link io.hirehub.topologies.match.topology.ProfileCodec} serialises them) and
 * {@code putAll} them on restore. {@link io.hirehub.topologies.match.scoring.JobMatchProfile#sameScoringInputs}
 * tells whether an update needs re-matching at all.
 *
 * <h2>Emitting</h2>
 * {@link io.hirehub.topologies.match.scoring.RecommendationPolicy} decides, from the new overall score and the
 * score last recommended for the pair, whether to emit {@code match.calculated} (≥ min score) and
 * {@code match.recommended} (≥ threshold, once per pair, again only after a rise of the margin).
 */
package io.hirehub.topologies.match;
