package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;

/**
 * Result of {@link SemanticScorer}.
 *
 * @param score  0–100, scale 2 (neutral 50 when an embedding is missing)
 * @param known  whether both embeddings were present
 * @param cosine cosine similarity, scale 4, {@code null} when unknown
 */
public record SemanticScore(BigDecimal score, boolean known, BigDecimal cosine) {}
