package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;

/**
 * Result of {@link TextScorer}.
 *
 * @param score 0–100, scale 2 (neutral 50 when either side has no text)
 * @param known whether both sides had text terms
 * @param share the resume's BM25 score as a share of the job's attainable maximum, scale 4 ({@code null} when
 *              unknown)
 */
public record TextScore(BigDecimal score, boolean known, BigDecimal share) {}
