/**
 * The match routes: reads of matching's stores and feedback on matches.
 *
 * <ul>
 *   <li>{@link io.hirehub.edge.matches.MatchReadRoutes}: one key each (a job's top, a user's
 *       recommendations, a pair's detail), answered at the key's owner through the query router;
 *   <li>{@link io.hirehub.edge.matches.CompanyMatchRoutes}: a company's best candidates across its
 *       open jobs, gathered from every instance owning one of those jobs actively
 *       ({@link io.hirehub.edge.matches.CompanyMatchGather}: one batched internal request per
 *       instance, all or nothing) and merged best first, each (job, resume) once
 *       ({@link io.hirehub.edge.matches.CompanyMatchMerge});
 *   <li>{@link io.hirehub.edge.matches.FeedbackRoutes}: the seed's {@code match_feedback};
 *   <li>{@link io.hirehub.edge.matches.MatchAccess}: who may see a match.
 * </ul>
 */
package io.hirehub.edge.matches;
