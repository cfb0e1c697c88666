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
 */
public record SkillScoreSettings(
        double requiredWeight, double preferredWeight, double baseCredit, double missingRequiredPenalty) {

    /** The documented defaults. */
    public static final SkillScoreSettings DEFAULTS = new SkillScoreSettings(0.75, 0.25, 0.8, 5.0);

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
    }
}
