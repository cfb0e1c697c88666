/**
 * The vocabulary every query port of the topologies shares ({@code …match.query.MatchQueries},
 * {@code …resume.query.ResumeAnalysisQueries}; applications and notifications next). A port is an
 * interface owned by the topologies and implemented by the running application ({@code apps}), so
 * the edge calls it without depending on the launcher or on Kafka Streams' own types.
 *
 * <ul>
 *   <li>{@link io.hirehub.topologies.query.ReadFrom}: whether a read may be answered by a standby (or
 *       restoring) copy of a store, or only by the active one;
 *   <li>{@link io.hirehub.topologies.query.KeyOwners}: which instance holds the active copy of a key's
 *       partition and which hold standbys, from the group's assignment ({@code application.server});
 *   <li>{@link io.hirehub.topologies.query.StoreUnavailableException}: this instance cannot read the
 *       store now (a rebalance, a restore, the application not running): ask again, or elsewhere;
 *   <li>{@link io.hirehub.topologies.query.Page}: one page of a ranked list.
 * </ul>
 */
package io.hirehub.topologies.query;
