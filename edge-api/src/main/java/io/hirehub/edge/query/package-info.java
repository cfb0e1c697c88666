/**
 * Interactive queries at the edge: where a key's answer comes from.
 *
 * <ul>
 *   <li>{@link io.hirehub.edge.query.KeyRouter}: reads a key at the instance that owns it (the group's
 *       assignment through the topologies' query port), forwards once to another owner
 *       ({@code HireHub-Hops}), answers 503 + {@code Retry-After} during a rebalance, or, with
 *       {@code allow_stale=true}, a standby's answer (least lagged first, {@code HireHub-Staleness});
 *       with {@code min_position} (a write's {@code HireHub-Position}) it answers only once the store
 *       reflects that write ({@link io.hirehub.edge.query.Positioned}), waiting a bounded time.
 *   <li>{@link io.hirehub.edge.query.OwnerGroups}: many keys grouped by the instance holding their
 *       ACTIVE copy (standbys never), for a read gathered from several instances, each asked once;
 *   <li>{@link io.hirehub.edge.query.PeerClient}: one batched internal request to another instance
 *       (one hop, the caller's token along), every failure a
 *       {@link io.hirehub.edge.query.PeerUnavailableException} naming the instance and why;
 *   <li>{@link io.hirehub.edge.query.QueryRoutingCheck}: {@code /readyz}'s view of the query side.
 *   <li>{@link io.hirehub.edge.query.QuerySettings}: the lag limit, Retry-After, forwarding timeout and
 *       how long a read waits for a position.
 * </ul>
 */
package io.hirehub.edge.query;
