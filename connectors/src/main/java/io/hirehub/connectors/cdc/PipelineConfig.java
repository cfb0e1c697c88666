package io.hirehub.connectors.cdc;

import io.hirehub.connectors.connect.EntityRowTransform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The Debezium connector configuration of the CDC pipeline, in one place: the embedded runner uses
 * {@link #engineProperties}, and the distributed configs in {@code connectors/connect/*.json} must
 * hold the same {@link #pipeline} entries (a test checks it), so both modes capture, transform and
 * convert alike.
 */
public final class PipelineConfig {

    public static final String CONNECTOR_CLASS = "io.debezium.connector.postgresql.PostgresConnector";
    public static final String ENGINE_NAME = "hirehub-cdc";

    private PipelineConfig() {}

    /** Capture and transform settings shared by both modes (no hosts, no secrets). */
    public static Map<String, String> pipeline(final CdcSettings s) {
        final Map<String, String> p = new LinkedHashMap<>();
        p.put("connector.class", CONNECTOR_CLASS);
        p.put("plugin.name", "pgoutput");
        p.put("slot.name", s.slotName());
        p.put("publication.name", s.publicationName());
        // filtered: Debezium creates the publication for exactly table.include.list if it is missing.
        p.put("publication.autocreate.mode", "filtered");
        p.put("topic.prefix", s.topicPrefix());
        p.put("table.include.list", String.join(",", s.publishedTables()));
        p.put("snapshot.mode", "initial");
        // Deletes become our own tombstones in EntityRowTransform; Debezium's extra one would be noise.
        p.put("tombstones.on.delete", "false");
        p.put("decimal.handling.mode", "precise");
        p.put("time.precision.mode", "adaptive");
        p.put("binary.handling.mode", "bytes");
        // Debezium's __debezium.context.* headers carry a per-run id and the logical name: they
        // would make the same change differ byte for byte between runs and between the modes.
        p.put("extended.headers.enabled", "false");
        p.put("heartbeat.interval.ms", Long.toString(s.heartbeatInterval().toMillis()));
        p.put(
                "heartbeat.action.query",
                "INSERT INTO " + s.heartbeatTable()
                        + " (id, beat_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET beat_at = EXCLUDED.beat_at");

        p.put("predicates", "outbox");
        p.put("predicates.outbox.type", "org.apache.kafka.connect.transforms.predicates.TopicNameMatches");
        p.put("predicates.outbox.pattern", outboxTopicPattern(s));

        p.put("transforms", "outbox,entity");
        p.put("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.put("transforms.outbox.predicate", "outbox");
        p.put("transforms.outbox.table.field.event.id", "id");
        p.put("transforms.outbox.table.field.event.key", "aggregate_id");
        p.put("transforms.outbox.table.field.event.payload", "payload");
        p.put("transforms.outbox.route.by.field", "event_type");
        // event_type already holds the exact seed topic name.
        p.put("transforms.outbox.route.topic.replacement", "${routedByValue}");
        p.put("transforms.outbox.table.fields.additional.placement", "aggregate_type:header");
        p.put("transforms.entity.type", EntityRowTransform.class.getName());
        p.put("transforms.entity.predicate", "outbox");
        p.put("transforms.entity.negate", "true");
        p.put("transforms.entity." + EntityRowTransform.DLQ_TOPIC, s.dlqTopic());
        p.put(
                "transforms.entity." + EntityRowTransform.SKIP_TABLES,
                s.heartbeatTable().substring(s.heartbeatTable().indexOf('.') + 1));
        if (!s.recordOverrides().isEmpty()) {
            p.put("transforms.entity." + EntityRowTransform.OVERRIDES, String.join(",", s.recordOverrides()));
        }
        return p;
    }

    /** Topics Debezium gives the outbox tables: {@code <prefix>.<schema>.<table>}. */
    static String outboxTopicPattern(final CdcSettings s) {
        final StringBuilder alternatives = new StringBuilder();
        for (final String table : s.outboxTables()) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(java.util.regex.Pattern.quote(s.topicPrefix() + "." + table));
        }
        return alternatives.length() == 0 ? "(?!)" : "(" + alternatives + ")";
    }

    /** The full embedded-engine configuration: the pipeline plus connection and offset storage. */
    public static Properties engineProperties(final CdcSettings s) {
        final Properties p = new Properties();
        p.putAll(pipeline(s));
        p.put("name", ENGINE_NAME);
        // Bigger batches, shorter idle polls: measured by bench/cdc (CdcBurstBenchmark).
        p.put("max.batch.size", "4096");
        p.put("max.queue.size", "16384");
        p.put("poll.interval.ms", "50");
        p.put("database.hostname", s.host());
        p.put("database.port", Integer.toString(s.port()));
        p.put("database.user", s.user());
        p.put("database.password", s.password());
        p.put("database.dbname", s.database());
        p.put("offset.storage", "org.apache.kafka.connect.storage.KafkaOffsetBackingStore");
        p.put("offset.storage.topic", s.offsetsTopic());
        p.put("offset.storage.partitions", "1");
        p.put("offset.storage.replication.factor", Short.toString(s.offsetsReplication()));
        p.put("offset.flush.interval.ms", Long.toString(s.offsetFlushInterval().toMillis()));
        p.put("bootstrap.servers", s.bootstrapServers());
        return p;
    }
}
