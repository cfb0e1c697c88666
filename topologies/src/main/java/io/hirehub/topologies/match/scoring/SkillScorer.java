package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.Proficiency;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code skill_score}: how well the resume's skills cover the job's required and preferred skills.
 *
 * <ol>
 *   <li>Each job skill the resume holds (same canonical name, so synonyms match) earns a credit
 *       {@code base + (1 - base) × depth}. Depth is {@code min(1, years / target)} when the resume
 *       gives years for that skill, with {@code target = max(1, the job's minimum years)};
 *       otherwise the proficiency's depth (beginner 0.25 … expert 1.0); otherwise 0.5.
 *       A missing skill earns 0.</li>
 *   <li>Required coverage = mean credit over required skills; preferred coverage likewise.</li>
 *   <li>Score = 100 × weighted mean of the coverages that exist (required 0.75, preferred 0.25 by
 *       default; a job without preferred skills is judged on required ones alone).</li>
 *   <li>Each missing required skill costs a further {@code missingRequiredPenalty} points (5).</li>
 *   <li>A job that lists no skills scores neutral 50 ({@code known = false}).</li>
 * </ol>
 */
public final class SkillScorer {

    private static final double UNKNOWN_DEPTH = 0.5;

    private final SkillScoreSettings settings;

    public SkillScorer(final SkillScoreSettings settings) {
        this.settings = settings;
    }

    /** Scores one pair. */
    public SkillScore score(final PreparedJob job, final PreparedResume resume) {
        final List<PreparedJob.SkillRef> required = job.required();
        final List<PreparedJob.SkillRef> preferred = job.preferred();
        if (required.isEmpty() && preferred.isEmpty()) {
            return new SkillScore(Scores.NEUTRAL, false, List.of(), List.of(), List.of(), List.of());
        }
        final Integer minYears = job.years().min();
        final double target = Math.max(1, minYears == null ? 0 : minYears);
        final List<String> matchedRequired = new ArrayList<>();
        final List<String> missingRequired = new ArrayList<>();
        final double requiredCredit = credit(required, resume, target, matchedRequired, missingRequired);
        final List<String> matchedPreferred = new ArrayList<>();
        final List<String> missingPreferred = new ArrayList<>();
        final double preferredCredit = credit(preferred, resume, target, matchedPreferred, missingPreferred);

        double weighted = 0;
        double weights = 0;
        if (!required.isEmpty()) {
            weighted += settings.requiredWeight() * requiredCredit / required.size();
            weights += settings.requiredWeight();
        }
        if (!preferred.isEmpty()) {
            weighted += settings.preferredWeight() * preferredCredit / preferred.size();
            weights += settings.preferredWeight();
        }
        // weights can be 0 only if the one present side has weight 0: judge on coverage alone then.
        final double coverage = weights > 0
                ? weighted / weights
                : (requiredCredit + preferredCredit) / (required.size() + preferred.size());
        final double score = 100 * coverage - settings.missingRequiredPenalty() * missingRequired.size();
        return new SkillScore(
                Scores.of(score), true, matchedRequired, missingRequired, matchedPreferred, missingPreferred);
    }

    private double credit(
            final List<PreparedJob.SkillRef> skills,
            final PreparedResume resume,
            final double target,
            final List<String> matched,
            final List<String> missing) {
        double sum = 0;
        for (final PreparedJob.SkillRef ref : skills) {
            final HeldSkill held = resume.skill(ref.key());
            if (held == null) {
                missing.add(ref.display());
            } else {
                matched.add(ref.display());
                sum += settings.baseCredit() + (1 - settings.baseCredit()) * depth(held, target);
            }
        }
        return sum;
    }

    static double depth(final HeldSkill skill, final double targetYears) {
        if (skill.years() != null) {
            return Math.min(1.0, skill.years() / targetYears);
        }
        if (skill.proficiency() != null) {
            return depth(skill.proficiency());
        }
        return UNKNOWN_DEPTH;
    }

    /** The depth credited for a {@code resume_skills.proficiency} level when years are unknown. */
    static double depth(final Proficiency proficiency) {
        return switch (proficiency) {
            case BEGINNER -> 0.25;
            case INTERMEDIATE -> 0.5;
            case ADVANCED -> 0.75;
            case EXPERT -> 1.0;
            case UNKNOWN -> UNKNOWN_DEPTH;
        };
    }
}
