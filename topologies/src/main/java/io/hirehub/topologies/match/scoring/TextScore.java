package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;

/**
 * Result of {@link TextScorer}.
 *
 * @param score 0–100, scale 2 (neutral 50 when either side has no text, or the sides are in different scripts)
 * @param known whether both sides had text terms in the same script
 * @param share the resume's BM25 score as a share of the job's attainable maximum, scale 4 ({@code null} when
 *              unknown)
 * @param weighed whether the component counts in the overall score: {@code false} when the job and the resume are
 *              mostly in different scripts ({@link Script}), where a lexical score is not evidence either way, so
 *              the pair is judged on the other components
 */
public record TextScore(BigDecimal score, boolean known, BigDecimal share, boolean weighed) {

    /** A score that counts in the overall score. */
    public TextScore(final BigDecimal score, final boolean known, final BigDecimal share) {
        this(score, known, share, true);
    }
}
