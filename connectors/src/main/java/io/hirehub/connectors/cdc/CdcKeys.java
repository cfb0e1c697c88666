package io.hirehub.connectors.cdc;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.schemas.topics.Topics;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDC runner's own {@code cdc.*} keys, declared once: name, default and meaning.
 * {@link CdcSettings#fromMap} reads them (and their defaults) from here, and the README's
 * configuration table is checked against them. The endpoint keys it also reads
 * ({@code postgres.*}, {@code kafka.bootstrap.servers}, {@code registry.url}) are the launcher's.
 */
public final class CdcKeys {

    private static final List<ConfigKey> ALL = new ArrayList<>();

    public static final ConfigKey SLOT_NAME =
            key("cdc.slot.name", "hirehub_cdc", "Logical replication slot of the CDC runner; created if missing.");
    public static final ConfigKey PUBLICATION_NAME = key(
            "cdc.publication.name", "hirehub_cdc", "pgoutput publication of the captured tables; created if missing.");
    public static final ConfigKey TOPIC_PREFIX = key(
            "cdc.topic.prefix",
            "hirehub-cdc",
            "Debezium's logical server name (names its metrics; entity topics do not use it).");
    public static final ConfigKey TABLES = key(
            "cdc.tables",
            "",
            "Captured entity tables, schema.table, comma-separated; empty means the source tables of the planned changelog topics.");
    public static final ConfigKey OUTBOX_TABLES = key(
            "cdc.outbox.tables",
            "",
            "Outbox tables whose rows are routed to the event topics, comma-separated; empty means every service's outbox.");
    public static final ConfigKey HEARTBEAT_TABLE = key(
            "cdc.heartbeat.table",
            CdcSettings.DEFAULT_HEARTBEAT_TABLE,
            "Table the heartbeat query writes, so an idle database still advances the slot.");
    public static final ConfigKey HEARTBEAT_INTERVAL_MS =
            key("cdc.heartbeat.interval.ms", "10000", "Heartbeat interval; bounds the WAL an idle slot retains.");
    public static final ConfigKey DLQ_TOPIC =
            key("cdc.dlq.topic", Topics.CDC_DLQ.name(), "Dead-letter topic of rows that cannot be mapped to Avro.");
    public static final ConfigKey OFFSETS_TOPIC =
            key("cdc.offsets.topic", Topics.CDC_OFFSETS.name(), "Compacted topic of Debezium's source offsets.");
    public static final ConfigKey OFFSETS_REPLICATION_FACTOR =
            key("cdc.offsets.replication.factor", "1", "Replication of the offsets topic when Debezium creates it.");
    public static final ConfigKey OFFSET_FLUSH_INTERVAL_MS =
            key("cdc.offset.flush.interval.ms", "1000", "How often Debezium commits its source offsets.");
    public static final ConfigKey LEADER_POLL_MS = key(
            "cdc.leader.poll.ms",
            "2000",
            "How often a standby runner tries the leader lock (at most 25000, so it takes over within 30 s).");
    public static final ConfigKey ENTITY_OVERRIDES = key(
            "cdc.entity.overrides",
            "",
            "schema.table=AvroClass pairs for tables whose record type does not follow the naming rule.");

    private CdcKeys() {}

    /** Every {@code cdc.*} key, in declaration order. */
    public static List<ConfigKey> all() {
        return List.copyOf(ALL);
    }

    private static ConfigKey key(final String name, final String defaultValue, final String description) {
        final ConfigKey key = new ConfigKey(name, defaultValue, description, false);
        ALL.add(key);
        return key;
    }
}
