/**
 * The topics: every topic of the plan as a typed {@link io.hirehub.schemas.topics.Topic} in
 * {@link io.hirehub.schemas.topics.Topics} — name, key and value serdes, and its
 * {@link io.hirehub.schemas.topics.TopicSpec plan entry} — with the seed's events as
 * {@link io.hirehub.schemas.topics.EventTopic}s (written only through the outbox) and the CDC
 * changelogs as {@link io.hirehub.schemas.topics.ChangelogTopic}s (named after their source table).
 * {@link io.hirehub.schemas.topics.TopicPlan} is derived from that one list (creation, docs, Helm);
 * {@link io.hirehub.schemas.topics.DeadLetterHeaders} is the vocabulary of every dead-letter writer.
 * Topologies, write-backs, CDC and the edge writers name topics only through these constants.
 */
package io.hirehub.schemas.topics;
