/**
 * Matching's query port: {@link io.hirehub.topologies.match.query.MatchQueries} (a job's top matches
 * by page, a user's recommendations, a pair's detail, who owns a key and how far a local copy lags),
 * over the queryable stores named by {@link io.hirehub.topologies.match.query.MatchStore}. The running
 * application implements it ({@code apps.match.MatchingApp#queries()}); the edge depends on this
 * interface only. Shared vocabulary (read-from, owners, pages, the unavailable-store error) is in
 * {@code io.hirehub.topologies.query}.
 */
package io.hirehub.topologies.match.query;
