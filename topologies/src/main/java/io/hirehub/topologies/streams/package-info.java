/**
 * Kafka Streams plumbing shared by every topology: {@link io.hirehub.topologies.streams.TopicSerdes}
 * turns the typed topics of {@code io.hirehub.schemas.topics.Topics} into sources, sinks and serdes;
 * {@link io.hirehub.topologies.streams.JsonSerdes} serialises internal records (stores, repartitions).
 */
package io.hirehub.topologies.streams;
