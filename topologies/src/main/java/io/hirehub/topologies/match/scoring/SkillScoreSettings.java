package io.hirehub.topologies.match.scoring;

/**
 * Tuning of {@link SkillScorer}.
 *
 * @param requiredWeight         share of required skills in the skill score (default 0.75)
 * @param preferredWeight        share of preferred skills (default 0.25)
 * @param baseCredit             credit in [0, 1] for holding a skill at minimal depth; depth adds the
 *                               rest linearly (default 0.8: depth moves a skill between 0.8 and 1.0)
 * @param missingRequiredPenalty points taken off per missing required skill on top of the lost share
 *                               (default 5)
 * @param relatedCredit          credit in [0, baseCredit] for a job skill the resume lacks while it holds at least
 *                               {@code relatedMinHeld} other skills of that skill's occupational family (an audit
 *                               senior for an accounting post, a supply-chain planner for a warehouse post); default
 *                               0.35, a little over a third of a held skill's credit. The missing-required penalty
 *                               still applies: related evidence ranks neighbours above strangers, never above a
 *                               resume holding the skills.
 * @param relatedMinHeld         how many skills of the family the resume must hold for that credit (default 2: one
 *                               stray keyword is not a field)
 */
public record SkillScoreSettings(
        double requiredWeight,
        double preferredWeight,
        double baseCredit,
        double missingRequiredPenalty,
        double relatedCredit,
        int relatedMinHeld) {

    /** The documented defaults. */
    public static final SkillScoreSettings DEFAULTS = new SkillScoreSettings(0.75, 0.25, 0.8, 5.0, 0.35, 2);

    /** Exact credit only (no related-skill credit). */
    public SkillScoreSettings(
            final double requiredWeight,
            final double preferredWeight,
            final double baseCredit,
            final double missingRequiredPenalty) {
        this(requiredWeight, preferredWeight, baseCredit, missingRequiredPenalty, 0, 1);
    }

    /** Validates every field with a message naming the key. */
    public SkillScoreSettings {
        Settings.requireNonNegative("match.skill.required-weight", requiredWeight);
        Settings.requireNonNegative("match.skill.preferred-weight", preferredWeight);
        if (!(requiredWeight + preferredWeight > 0)) {
            throw new IllegalArgumentException(
                    "match.skill.required-weight + match.skill.preferred-weight must be > 0");
        }
        if (!(baseCredit >= 0 && baseCredit <= 1)) {
            throw new IllegalArgumentException("match.skill.base-credit must be in [0, 1], got " + baseCredit);
        }
        Settings.requireNonNegative("match.skill.missing-required-penalty", missingRequiredPenalty);
        if (!(relatedCredit >= 0 && relatedCredit <= baseCredit)) {
            throw new IllegalArgumentException(
                    "match.skill.related-credit must be in [0, match.skill.base-credit], got " + relatedCredit);
        }
        if (relatedMinHeld < 1) {
            throw new IllegalArgumentException("match.skill.related-min-held must be >= 1, got " + relatedMinHeld);
        }
    }

    /** These settings without related-skill credit. */
    public SkillScoreSettings withoutRelatedCredit() {
        return new SkillScoreSettings(requiredWeight, preferredWeight, baseCredit, missingRequiredPenalty);
    }
}
