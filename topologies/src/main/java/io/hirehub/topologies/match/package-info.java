/**
 * Matching (seed workflow 2, match-service): job profiles against resume profiles, in three packages.
 * <ul>
 *   <li>{@link io.hirehub.topologies.match.scoring}: the pure domain — what matching reads about a
 *       job and a resume, the four scores and the overall score, explanations, the recommendation
 *       policy, and the indexes that find the best of one side for a changed other side. Free of Kafka
 *       and HTTP types.</li>
 *   <li>{@link io.hirehub.topologies.match.vectors}: compact embeddings for brute-force candidate
 *       pre-selection (int8 or sign bits over one dense-slot store), free of profile types.</li>
 *   <li>{@link io.hirehub.topologies.match.topology}: the Kafka Streams topology — job profiles from
 *       CDC, the broadcast, the per-task matcher, top-N and recommendations, feedback labels; every
 *       store and internal topic named in {@code MatchNames}.</li>
 * </ul>
 * {@link io.hirehub.topologies.match.MatchingSettings} holds all of matching's settings (the three packages'
 * records and how the application runs), so the launcher's configuration can type them without the apps module.
 * Embeddings come from {@link io.hirehub.topologies.embed}, shared with the resume pipeline; topics,
 * pair keys and seed value lists from {@code io.hirehub.schemas}.
 */
package io.hirehub.topologies.match;
