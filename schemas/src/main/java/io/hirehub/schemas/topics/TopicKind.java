package io.hirehub.schemas.topics;

/** What a topic holds; decides its defaults and where it comes from. */
public enum TopicKind {
    /** A seed event topic, produced from outbox rows by Debezium's outbox event router. */
    EVENT,
    /** A compacted changelog of one PostgreSQL table, produced by CDC. */
    ENTITY_CHANGELOG,
    /** A topic the topologies derive (profiles, top-N, feedback...). */
    DERIVED,
    /** Records that could not be read or processed, with the reason in headers. */
    DEAD_LETTER,
    /** Infrastructure: the schema registry's log, CDC offsets and heartbeats. */
    INTERNAL
}
