package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Decides what a freshly scored pair emits, as a pure function of its overall score and the score
 * at which the pair was last recommended (kept in a store by the topology):
 *
 * <ul>
 *   <li>{@code match.calculated} when overall ≥ {@code minScore};</li>
 *   <li>{@code match.recommended} when overall ≥ {@code threshold} and either the pair was never
 *       recommended or overall ≥ last recommended score + {@code margin} (hysteresis: scores that
 *       wobble around the threshold, or replays of the same input, recommend once).</li>
 * </ul>
 * A score that falls does not reset the memory: after 80 → 60 → 82 with margin 5 nothing is
 * re-recommended, since 82 is less than 5 above 80.
 */
public final class RecommendationPolicy {

    private final RecommendationSettings settings;

    public RecommendationPolicy(final RecommendationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param overall               the pair's new overall score
     * @param lastRecommendedScore  the score at which it was last recommended, {@code null} if never
     */
    public Decision decide(final BigDecimal overall, final BigDecimal lastRecommendedScore) {
        Objects.requireNonNull(overall, "overall");
        final boolean calculated = overall.compareTo(settings.minScore()) >= 0;
        final boolean recommend = overall.compareTo(settings.threshold()) >= 0
                && (lastRecommendedScore == null
                        || overall.compareTo(lastRecommendedScore.add(settings.margin())) >= 0);
        return new Decision(calculated, recommend, recommend ? overall : lastRecommendedScore);
    }

    /**
     * @param calculated          emit {@code match.calculated}
     * @param recommend           emit {@code match.recommended}
     * @param lastRecommendedScore what to store as the last recommended score ({@code null}: never)
     */
    public record Decision(boolean calculated, boolean recommend, BigDecimal lastRecommendedScore) {}
}
