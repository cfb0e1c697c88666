/**
 * Matching domain logic, free of Kafka and HTTP types.
 *
 * <h2>Scoring one pair</h2>
 * {@link io.hirehub.topologies.match.scoring.MatchScorer} combines five 0–100 components —
 * {@code skill_score} ({@link io.hirehub.topologies.match.scoring.SkillScorer}),
 * {@code experience_score} ({@link io.hirehub.topologies.match.scoring.ExperienceScorer}),
 * {@code culture_score} ({@link io.hirehub.topologies.match.scoring.CultureScorer}), semantic
 * similarity ({@link io.hirehub.topologies.match.scoring.SemanticScorer}) and text relevance (BM25 of the
 * resume's masked text against the job's wording, {@link io.hirehub.topologies.match.scoring.TextScorer} over
 * {@link io.hirehub.topologies.match.scoring.TextTerms}, with the shard's
 * {@link io.hirehub.topologies.match.scoring.TermStatistics}; shown as {@code text} in the breakdown) — into
 * {@code overall_score} with {@link io.hirehub.topologies.match.scoring.MatchWeights}. Every score is a
 * {@code BigDecimal} of scale 2 (HALF_UP), like the {@code DECIMAL(5,2)} columns.
 * {@link io.hirehub.topologies.match.scoring.ScoreBreakdown}
 * ({@link io.hirehub.topologies.match.scoring.BreakdownJson}) is {@code score_breakdown};
 * {@link io.hirehub.topologies.match.scoring.MatchExplainer} writes {@code ai_reasoning} in Korean
 * ({@link io.hirehub.topologies.match.scoring.KoreanReasoning}), optionally rewritten by an LLM
 * ({@link io.hirehub.topologies.match.scoring.ReasoningRewriter}). Skill names arrive canonical
 * (resume skills found by the live {@code skill_tags} vocabulary, {@code io.hirehub.topologies.skills}; job skills
 * are tag names); {@link io.hirehub.topologies.match.scoring.SkillCanonicalizer} is the hook for other spellings.
 *
 * <p>The two sides are {@link io.hirehub.topologies.match.scoring.JobMatchProfile} and
 * {@link io.hirehub.topologies.match.scoring.ResumeMatchProfile} (not the Avro
 * {@code io.hirehub.avro.derived.JobProfile}/{@code ResumeProfile} on the topics); their seed value
 * lists are the Avro enums ({@code JobStatus}, {@code RemoteType}, {@code ExperienceLevel},
 * {@code Proficiency}) and {@code io.hirehub.schemas.values.CompanySize}. A side is prepared once
 * per change ({@link io.hirehub.topologies.match.scoring.PreparedJob},
 * {@link io.hirehub.topologies.match.scoring.PreparedResume}: canonical skills, years range, region,
 * embedding norm) and then scored against any number of partners.
 *
 * <h2>Candidates</h2>
 * One {@link io.hirehub.topologies.match.scoring.PreparedIndex} type holds either side:
 * {@link io.hirehub.topologies.match.scoring.ResumeShardIndex} (a task's resumes) and
 * {@link io.hirehub.topologies.match.scoring.JobIndex} (the broadcast open jobs) add the side's own
 * query. Each query scans compact vectors ({@code io.hirehub.topologies.match.vectors}), keeps
 * {@code N × preselectFactor} candidates and scores only those exactly, so one changed job or resume
 * never recomputes all pairs. The indexes are derived state: the topology keeps the profiles in
 * changelogged stores and puts them back on restore.
 * {@link io.hirehub.topologies.match.scoring.JobMatchProfile#sameScoringInputs} tells whether an
 * update needs re-matching at all.
 *
 * <h2>Emitting</h2>
 * A scored pair is listed (pair detail → {@code matches}, shard top) when it shares evidence with the job
 * ({@link io.hirehub.topologies.match.scoring.MatchResult#hasEvidence}: a skill, or embeddings at cosine ≥
 * {@code match.evidence.min.cosine}, default 0.15),
 * whatever its score, so no job with related resumes is blank.
 * {@link io.hirehub.topologies.match.scoring.RecommendationPolicy} decides, from the new overall score
 * and the score last recommended for the pair, whether to emit {@code match.calculated} (≥ min
 * score) and {@code match.recommended} (≥ threshold, once per pair, again only after a rise of the
 * margin).
 */
package io.hirehub.topologies.match.scoring;
