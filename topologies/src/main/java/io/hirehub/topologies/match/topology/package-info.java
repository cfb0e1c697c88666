/**
 * The matching application as Kafka Streams topologies: pure {@code build} functions of settings,
 * a registry client, the scorer and a {@link io.hirehub.topologies.match.topology.MatchLocator}
 * (the launcher runs them with exactly_once_v2 beside the match write-back).
 *
 * <ul>
 *   <li>{@link io.hirehub.topologies.match.topology.JobProfileTopology}: {@code jobs} and
 *       {@code job_skills} rows (one repartition keyed by job_id, {@code JobRowChange}) with the
 *       skill-tag and company tables → {@link io.hirehub.topologies.match.topology.JobProfileBuilder}
 *       → {@code hirehub.job.profiles}.</li>
 *   <li>{@link io.hirehub.topologies.match.topology.MatchTopology}: job profiles multicast to every
 *       partition, resume profiles on theirs; one {@code MatchProcessor} per task (sealed
 *       {@code MatchInput}s in, {@code MatchOutput}s out) emits pair details, the two events,
 *       per-shard tops ({@code TopMerger}) and user updates ({@code UserRecommender}); feedback is
 *       labelled by {@code FeedbackLabelling}.</li>
 * </ul>
 * Topics, their serdes and pair keys come from {@code io.hirehub.schemas} (through
 * {@code io.hirehub.topologies.streams.TopicSerdes}); every store, processor and internal topic name
 * is in {@link io.hirehub.topologies.match.topology.MatchNames}, pinned by a golden {@code describe()}
 * test. Stored profiles use {@link io.hirehub.topologies.match.topology.ProfileCodec}; undecodable
 * input goes to {@code hirehub.matching.dlq} with {@code DeadLetterHeaders}.
 */
package io.hirehub.topologies.match.topology;
