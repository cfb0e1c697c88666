package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.Proficiency;
import io.hirehub.schemas.skills.OccupationalFamily;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 *   <li>A missing skill earns {@code relatedCredit} (0.35) instead of 0 when the resume holds at least
 *       {@code relatedMinHeld} (2) other skills of its occupational family ({@link SkillFamilies}): recruiters
 *       call an audit senior a close neighbour for an accounting post and a supply-chain planner an adjacent
 *       candidate for a warehouse post, and rank them above strangers to the field. On the ranking set this
 *       lifted NDCG@5 on both halves of the jobs (odd 0.967 → 0.976, even 0.974 → 0.988).</li>
 *   <li>Each missing required skill costs a further {@code missingRequiredPenalty} points (5), related or
 *       not.</li>
 *   <li>A job that lists no skills scores neutral 50 ({@code known = false}).</li>
 * </ol>
 */
public final class SkillScorer {

    private static final double UNKNOWN_DEPTH = 0.5;

    private final SkillScoreSettings settings;
    private final SkillFamilies families;

    /** With the built-in catalogue's families. */
    public SkillScorer(final SkillScoreSettings settings) {
        this(settings, SkillFamilies.builtIn());
    }

    public SkillScorer(final SkillScoreSettings settings, final SkillFamilies families) {
        this.settings = settings;
        this.families = families;
    }

    /** Scores one pair. */
    public SkillScore score(final PreparedJob job, final PreparedResume resume) {
        final List<PreparedJob.SkillRef> required = job.required();
        final List<PreparedJob.SkillRef> preferred = job.preferred();
        if (required.isEmpty() && preferred.isEmpty()) {
            return new SkillScore(Scores.NEUTRAL, false, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        final Map<OccupationalFamily, Integer> heldByFamily = heldByFamily(resume);
        final List<String> related = new ArrayList<>();
        final Integer minYears = job.years().min();
        final double target = Math.max(1, minYears == null ? 0 : minYears);
        final List<String> matchedRequired = new ArrayList<>();
        final List<String> missingRequired = new ArrayList<>();
        final double requiredCredit =
                credit(required, resume, target, matchedRequired, missingRequired, heldByFamily, related);
        final List<String> matchedPreferred = new ArrayList<>();
        final List<String> missingPreferred = new ArrayList<>();
        final double preferredCredit =
                credit(preferred, resume, target, matchedPreferred, missingPreferred, heldByFamily, related);

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
                Scores.of(score), true, matchedRequired, missingRequired, matchedPreferred, missingPreferred, related);
    }

    private double credit(
            final List<PreparedJob.SkillRef> skills,
            final PreparedResume resume,
            final double target,
            final List<String> matched,
            final List<String> missing,
            final Map<OccupationalFamily, Integer> heldByFamily,
            final List<String> related) {
        double sum = 0;
        for (final PreparedJob.SkillRef ref : skills) {
            final HeldSkill held = resume.skill(ref.key());
            if (held == null) {
                missing.add(ref.display());
                if (isRelated(ref, heldByFamily)) {
                    related.add(ref.display());
                    sum += settings.relatedCredit();
                }
            } else {
                matched.add(ref.display());
                sum += settings.baseCredit() + (1 - settings.baseCredit()) * depth(held, target);
            }
        }
        return sum;
    }

    private boolean isRelated(final PreparedJob.SkillRef ref, final Map<OccupationalFamily, Integer> heldByFamily) {
        if (settings.relatedCredit() <= 0) {
            return false;
        }
        return families.familyOf(ref.key())
                .map(family -> heldByFamily.getOrDefault(family, 0) >= settings.relatedMinHeld())
                .orElse(false);
    }

    /** How many of the resume's skills each family holds. */
    private Map<OccupationalFamily, Integer> heldByFamily(final PreparedResume resume) {
        if (settings.relatedCredit() <= 0) {
            return Map.of();
        }
        final Map<OccupationalFamily, Integer> counts = new EnumMap<>(OccupationalFamily.class);
        for (final String key : resume.skillKeys()) {
            families.familyOf(key).ifPresent(family -> counts.merge(family, 1, Integer::sum));
        }
        return counts;
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
