package io.hirehub.connectors.connect;

import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Debezium change event of a captured table into an entity changelog record:
 * topic {@code hirehub.<service>.<table>}, key = the primary key as text (composite keys joined
 * with ':'), value = the clean Avro entity record (a schemaless {@link GenericData.Record} that
 * {@link ConfluentAvroConverter} encodes), null on delete; headers {@code lsn}, {@code table},
 * {@code op}. A row that cannot be mapped goes to the dead-letter topic with the reason in headers and,
 * as value, its masked description ({@link DeadLetterValues}: table, LSN, masked error, every column
 * masked), never the raw row: a resume's text or a user's contact data must not sit on the topic.
 * Heartbeats and heartbeat-table rows go to the heartbeat topic; anything that is not a row change
 * (outbox events already routed) passes through untouched.
 *
 * <p>The same class runs in the embedded runner and on a Connect worker, so both emit identical bytes.
 */
public final class EntityRowTransform<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String TOPIC_PREFIX = "entity.topic.prefix";
    public static final String NAMESPACE = "entity.namespace";
    public static final String OVERRIDES = "entity.record.overrides";
    public static final String DLQ_TOPIC = "dlq.topic";
    public static final String SKIP_TABLES = "skip.tables";
    public static final String HEARTBEAT_TOPIC = "heartbeat.topic";

    private static final String DEBEZIUM_HEARTBEAT_PREFIX = "__debezium-heartbeat";

    private static final Logger LOG = LoggerFactory.getLogger(EntityRowTransform.class);
    private static final ConfigDef CONFIG = new ConfigDef()
            .define(
                    TOPIC_PREFIX,
                    ConfigDef.Type.STRING,
                    "hirehub",
                    ConfigDef.Importance.MEDIUM,
                    "Entity topics are <prefix>.<service>.<table>, service = the PG schema without '_service'.")
            .define(
                    NAMESPACE,
                    ConfigDef.Type.STRING,
                    "io.hirehub.avro.entity",
                    ConfigDef.Importance.LOW,
                    "Package of the generated Avro entity classes.")
            .define(
                    OVERRIDES,
                    ConfigDef.Type.LIST,
                    "",
                    ConfigDef.Importance.LOW,
                    "schema.table=fully.qualified.AvroClass pairs for tables whose record does not follow the naming rule.")
            .define(
                    DLQ_TOPIC,
                    ConfigDef.Type.STRING,
                    Topics.CDC_DLQ.name(),
                    ConfigDef.Importance.MEDIUM,
                    "Where rows that cannot be mapped go.")
            .define(
                    SKIP_TABLES,
                    ConfigDef.Type.LIST,
                    "cdc_heartbeat",
                    ConfigDef.Importance.LOW,
                    "Tables captured only to move the slot (heartbeats): their changes go to the heartbeat topic.")
            .define(
                    HEARTBEAT_TOPIC,
                    ConfigDef.Type.STRING,
                    Topics.CDC_HEARTBEAT.name(),
                    ConfigDef.Importance.LOW,
                    "Where Debezium heartbeats go (kept so that source offsets get committed).");

    private final DeadLetterValues deadLetters = new DeadLetterValues();
    private String topicPrefix;
    private String dlqTopic;
    private String heartbeatTopic;
    private List<String> skipTables;
    private EntitySchemas schemas;
    private final Map<Schema, RowMapper> mappers = new ConcurrentHashMap<>();

    @Override
    public void configure(final Map<String, ?> configs) {
        final var parsed = new AbstractConfig(CONFIG, configs);
        topicPrefix = parsed.getString(TOPIC_PREFIX);
        dlqTopic = parsed.getString(DLQ_TOPIC);
        heartbeatTopic = parsed.getString(HEARTBEAT_TOPIC);
        skipTables = parsed.getList(SKIP_TABLES);
        final Map<String, String> overrides = new HashMap<>();
        for (final String pair : parsed.getList(OVERRIDES)) {
            final int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(OVERRIDES, pair, "expected schema.table=class");
            }
            overrides.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        final ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(EntityRowTransform.class.getClassLoader());
        schemas = new EntitySchemas(parsed.getString(NAMESPACE), overrides, loader);
    }

    @Override
    public R apply(final R record) {
        if (record.topic().startsWith(DEBEZIUM_HEARTBEAT_PREFIX)) {
            return heartbeat(record, null);
        }
        if (!(record.value() instanceof Struct envelope) || !isEnvelope(envelope)) {
            // Not a row change: e.g. an outbox event the router already turned into bytes (the
            // predicate sees its new topic, so this transform runs on it too). Leave it alone.
            return record;
        }
        final Struct source = envelope.getStruct("source");
        final String pgSchema = source.getString("schema");
        final String table = source.getString("table");
        final String lsn = String.valueOf(source.get("lsn"));
        if (skipTables.contains(table)) {
            return heartbeat(record, lsn);
        }
        final String op = envelope.getString("op");
        final String key = key(record.key());
        final String qualified = pgSchema + "." + table;
        final Struct row = "d".equals(op) ? null : envelope.getStruct("after");
        try {
            final GenericData.Record value = row == null ? null : map(pgSchema, table, row);
            final Headers headers = record.headers()
                    .duplicate()
                    .addString(CdcHeaders.LSN, lsn)
                    .addString(CdcHeaders.TABLE, qualified)
                    .addString(CdcHeaders.OP, op);
            return record.newRecord(
                    topic(pgSchema, table),
                    null,
                    org.apache.kafka.connect.data.Schema.STRING_SCHEMA,
                    key,
                    null,
                    value,
                    record.timestamp(),
                    headers);
        } catch (final RowMappingException e) {
            final String message = deadLetters.maskedMessage(e);
            LOG.warn("CDC row of {} at lsn {} sent to {}: {}", qualified, lsn, dlqTopic, message);
            final Headers headers = record.headers()
                    .duplicate()
                    .addString(CdcHeaders.TABLE, qualified)
                    .addString(CdcHeaders.LSN, lsn)
                    .addString(CdcHeaders.OP, op)
                    .addString(CdcHeaders.ERROR_CLASS, e.getClass().getName())
                    .addString(CdcHeaders.ERROR_MESSAGE, message);
            final byte[] body = deadLetters.unmappableRow(
                    new DeadLetterValues.RowSource(qualified, lsn, op), RowValues.plain(row), e);
            return record.newRecord(
                    dlqTopic,
                    null,
                    org.apache.kafka.connect.data.Schema.STRING_SCHEMA,
                    key,
                    null,
                    body,
                    record.timestamp(),
                    headers);
        }
    }

    /**
     * Heartbeats are kept (not dropped) so that both the embedded engine and a Connect worker
     * commit their source offsets, which is what lets PostgreSQL recycle the slot's WAL while the
     * captured tables are quiet. Value: the source timestamp in ms as text.
     */
    private R heartbeat(final R record, final String lsn) {
        final Headers headers = record.headers().duplicate();
        if (lsn != null) {
            headers.addString(CdcHeaders.LSN, lsn);
        }
        final byte[] value = String.valueOf(record.timestamp() == null ? 0L : record.timestamp())
                .getBytes(StandardCharsets.UTF_8);
        return record.newRecord(
                heartbeatTopic,
                null,
                org.apache.kafka.connect.data.Schema.STRING_SCHEMA,
                "heartbeat",
                null,
                value,
                record.timestamp(),
                headers);
    }

    /** Entity topic of a table: {@code <prefix>.<service short name>.<table>}. */
    public String topic(final String pgSchema, final String table) {
        final String service = pgSchema.endsWith("_service")
                ? pgSchema.substring(0, pgSchema.length() - "_service".length())
                : pgSchema;
        return topicPrefix + "." + service + "." + table;
    }

    private GenericData.Record map(final String pgSchema, final String table, final Struct row) {
        final Schema schema = schemas.find(pgSchema, table)
                .orElseThrow(
                        () -> new RowMappingException("no Avro entity record for table " + pgSchema + "." + table));
        return mappers.computeIfAbsent(schema, RowMapper::new).map(row);
    }

    private static boolean isEnvelope(final Struct value) {
        final org.apache.kafka.connect.data.Schema schema = value.schema();
        return schema.field("op") != null && schema.field("source") != null && schema.field("after") != null;
    }

    /** The primary key as text: one column as is, several joined with ':' in key order. */
    static String key(final Object key) {
        if (!(key instanceof Struct struct)) {
            return key == null ? null : key.toString();
        }
        final StringJoiner joined = new StringJoiner(":");
        for (final Field field : struct.schema().fields()) {
            joined.add(String.valueOf(struct.get(field)));
        }
        return joined.toString();
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }

    @Override
    public void close() {
        // Nothing to release: the transform holds no clients.
    }
}
