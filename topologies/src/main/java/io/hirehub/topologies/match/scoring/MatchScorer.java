package io.hirehub.topologies.match.scoring;

import java.util.List;

/**
 * Exact scoring of one (job, resume) pair: the five components and the weighted overall score
 * with its breakdown. Stateless and thread-safe; costs one embedding dot product plus a few map
 * look-ups per pair when given {@link PreparedJob}/{@link PreparedResume}.
 */
public final class MatchScorer {

    private final MatchWeights weights;
    private final MatchWeights shares;
    private final SkillCanonicalizer canonicalizer;
    private final SkillScorer skillScorer;
    private final ExperienceScorer experienceScorer = new ExperienceScorer();
    private final CultureScorer cultureScorer = new CultureScorer();
    private final SemanticScorer semanticScorer = new SemanticScorer();
    private final TextScorer textScorer = new TextScorer();

    public MatchScorer(
            final MatchWeights weights,
            final SkillScoreSettings skillSettings,
            final SkillCanonicalizer canonicalizer) {
        this.weights = weights;
        this.shares = weights.normalised();
        this.canonicalizer = canonicalizer;
        this.skillScorer = new SkillScorer(skillSettings);
    }

    /** Default weights and skill settings, names taken as canonical. */
    public static MatchScorer defaults() {
        return new MatchScorer(MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, SkillCanonicalizer.identity());
    }

    /** Prepares a job with this scorer's canonicaliser. */
    public PreparedJob prepare(final JobMatchProfile job) {
        return PreparedJob.of(job, canonicalizer);
    }

    /** Prepares a resume with this scorer's canonicaliser. */
    public PreparedResume prepare(final ResumeMatchProfile resume) {
        return PreparedResume.of(resume, canonicalizer);
    }

    /** Convenience: prepares both sides and scores them. */
    public MatchResult score(final JobMatchProfile job, final ResumeMatchProfile resume) {
        return score(prepare(job), prepare(resume));
    }

    /** Scores one prepared pair without corpus statistics (every text term weighs the same). */
    public MatchResult score(final PreparedJob job, final PreparedResume resume) {
        return score(job, resume, TermStatistics.NONE);
    }

    /** Scores one prepared pair; {@code statistics} are those of the resume's shard (text component). */
    public MatchResult score(final PreparedJob job, final PreparedResume resume, final TermStatistics statistics) {
        final SkillScore skill = skillScorer.score(job, resume);
        final ExperienceScore experience = experienceScorer.score(job, resume.profile());
        final CultureScore culture = cultureScorer.score(job, resume);
        final SemanticScore semantic = semanticScorer.score(job, resume);
        final TextScore text = textScorer.score(job, resume, statistics);
        // Without the text component when it cannot compare the pair (different scripts): shares of the others.
        final MatchWeights pairWeights = text.weighed() ? weights : weights.withoutText();
        final MatchWeights pairShares = text.weighed() ? shares : pairWeights.normalised();
        final var overall =
                pairWeights.overall(skill.score(), experience.score(), culture.score(), semantic.score(), text.score());
        final ScoreBreakdown breakdown = new ScoreBreakdown(
                overall,
                List.of(
                        new ScoreBreakdown.Component("skill", skill.score(), pairShares.skill(), skill.known()),
                        new ScoreBreakdown.Component(
                                "experience",
                                experience.score(),
                                pairShares.experience(),
                                experience.fit() != ExperienceFit.UNKNOWN),
                        new ScoreBreakdown.Component("culture", culture.score(), pairShares.culture(), culture.known()),
                        new ScoreBreakdown.Component(
                                "semantic", semantic.score(), pairShares.semantic(), semantic.known()),
                        new ScoreBreakdown.Component("text", text.score(), pairShares.text(), text.known())),
                skill,
                experience,
                culture,
                semantic,
                text);
        final ResumeMatchProfile r = resume.profile();
        return new MatchResult(
                job.profile().jobId(),
                r.resumeId(),
                r.userId(),
                overall,
                skill.score(),
                experience.score(),
                culture.score(),
                semantic.score(),
                breakdown);
    }
}
