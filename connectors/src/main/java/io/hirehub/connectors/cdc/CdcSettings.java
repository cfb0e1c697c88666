package io.hirehub.connectors.cdc;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.schemas.topics.ChangelogTopic;
import io.hirehub.schemas.topics.Topics;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Immutable settings of the CDC runner, validated at start-up. Keys are dotted lower-case; the
 * environment maps as {@code HIREHUB_} + upper-case with dots → underscores.
 *
 * @param jdbcUrl             system-of-record database ({@code postgres.jdbc.url}, jdbc:postgresql://host:port/db)
 * @param user                database user with REPLICATION ({@code postgres.user})
 * @param password            its password ({@code postgres.password}); never logged
 * @param bootstrapServers    Kafka ({@code kafka.bootstrap.servers})
 * @param registryUrl         schema registry ({@code registry.url})
 * @param slotName            replication slot, created if missing ({@code cdc.slot.name})
 * @param publicationName     pgoutput publication, created if missing ({@code cdc.publication.name})
 * @param topicPrefix         Debezium's logical server name ({@code cdc.topic.prefix}); entity topics do not use it
 * @param tables              captured entity tables, schema.table ({@code cdc.tables})
 * @param outboxTables        outbox tables, schema.table ({@code cdc.outbox.tables})
 * @param heartbeatTable      table the heartbeat query writes ({@code cdc.heartbeat.table})
 * @param heartbeatInterval   {@code cdc.heartbeat.interval.ms}
 * @param dlqTopic            unmappable rows ({@code cdc.dlq.topic})
 * @param offsetsTopic        Debezium offsets ({@code cdc.offsets.topic})
 * @param offsetsReplication  replication of the offsets topic if Debezium creates it ({@code cdc.offsets.replication.factor})
 * @param offsetFlushInterval {@code cdc.offset.flush.interval.ms}
 * @param leaderPollInterval  how often a standby tries the leader lock ({@code cdc.leader.poll.ms})
 * @param recordOverrides     schema.table=AvroClass pairs for tables off the naming rule ({@code cdc.entity.overrides})
 */
public record CdcSettings(
        String jdbcUrl,
        String user,
        String password,
        String bootstrapServers,
        String registryUrl,
        String slotName,
        String publicationName,
        String topicPrefix,
        List<String> tables,
        List<String> outboxTables,
        String heartbeatTable,
        Duration heartbeatInterval,
        String dlqTopic,
        String offsetsTopic,
        short offsetsReplication,
        Duration offsetFlushInterval,
        Duration leaderPollInterval,
        List<String> recordOverrides) {

    /** The entity tables the topologies read: the source tables of the planned changelog topics. */
    public static final List<String> DEFAULT_TABLES =
            Topics.changelogs().stream().map(ChangelogTopic::table).toList();

    /** One outbox per emitting service (schemas/sql/&lt;short&gt;/V*__create_*_outbox.sql). */
    public static final List<String> DEFAULT_OUTBOX_TABLES = List.of(
            "resume_service.resume_outbox",
            "ai_service.ai_outbox",
            "job_service.job_outbox",
            "match_service.match_outbox",
            "apply_service.apply_outbox");

    public static final String DEFAULT_HEARTBEAT_TABLE = "ai_service.cdc_heartbeat";

    public CdcSettings {
        require("postgres.jdbc.url", jdbcUrl);
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(
                    "postgres.jdbc.url must start with jdbc:postgresql://, was '" + jdbcUrl + "'");
        }
        require("postgres.user", user);
        Objects.requireNonNull(password, "postgres.password");
        require("kafka.bootstrap.servers", bootstrapServers);
        require("registry.url", registryUrl);
        identifier("cdc.slot.name", slotName);
        identifier("cdc.publication.name", publicationName);
        require("cdc.topic.prefix", topicPrefix);
        tables = List.copyOf(tables);
        outboxTables = List.copyOf(outboxTables);
        recordOverrides = List.copyOf(recordOverrides);
        for (final String table : concat(tables, outboxTables, List.of(heartbeatTable))) {
            if (!table.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("tables are schema.table in lower case, was '" + table + "'");
            }
        }
        positive("cdc.heartbeat.interval.ms", heartbeatInterval);
        positive("cdc.offset.flush.interval.ms", offsetFlushInterval);
        positive("cdc.leader.poll.ms", leaderPollInterval);
        if (leaderPollInterval.compareTo(Duration.ofSeconds(25)) > 0) {
            throw new IllegalArgumentException(
                    "cdc.leader.poll.ms must be at most 25000 so a standby takes over within 30 s, was "
                            + leaderPollInterval.toMillis());
        }
        require("cdc.dlq.topic", dlqTopic);
        require("cdc.offsets.topic", offsetsTopic);
        if (offsetsReplication < 1) {
            throw new IllegalArgumentException(
                    "cdc.offsets.replication.factor must be >= 1, was " + offsetsReplication);
        }
    }

    /** Settings from dotted keys (defaults below), as the CLI and the dev stack pass them. */
    public static CdcSettings fromMap(final Map<String, String> props) {
        final Function<String, String> get = key -> props.get(key);
        return new CdcSettings(
                or(get, "postgres.jdbc.url", null),
                or(get, "postgres.user", "postgres"),
                or(get, "postgres.password", ""),
                or(get, "kafka.bootstrap.servers", null),
                or(get, "registry.url", null),
                or(get, CdcKeys.SLOT_NAME),
                or(get, CdcKeys.PUBLICATION_NAME),
                or(get, CdcKeys.TOPIC_PREFIX),
                list(or(get, CdcKeys.TABLES.name(), String.join(",", DEFAULT_TABLES))),
                list(or(get, CdcKeys.OUTBOX_TABLES.name(), String.join(",", DEFAULT_OUTBOX_TABLES))),
                or(get, CdcKeys.HEARTBEAT_TABLE),
                millis(props, CdcKeys.HEARTBEAT_INTERVAL_MS),
                or(get, CdcKeys.DLQ_TOPIC),
                or(get, CdcKeys.OFFSETS_TOPIC),
                Short.parseShort(or(get, CdcKeys.OFFSETS_REPLICATION_FACTOR)),
                millis(props, CdcKeys.OFFSET_FLUSH_INTERVAL_MS),
                millis(props, CdcKeys.LEADER_POLL_MS),
                list(or(get, CdcKeys.ENTITY_OVERRIDES)));
    }

    /** Environment variables in {@code HIREHUB_X_Y} form as dotted keys, for {@link #fromMap}. */
    public static Map<String, String> fromEnvironment(final Map<String, String> env) {
        final Map<String, String> out = new HashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("HIREHUB_")) {
                out.put(
                        k.substring("HIREHUB_".length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        v);
            }
        });
        // Dots → underscores is ambiguous for keys with underscores; ours have none in the key names.
        return out;
    }

    /** Host of the JDBC url (Debezium wants host, port and database apart). */
    public String host() {
        return uri().getHost();
    }

    public int port() {
        final int port = uri().getPort();
        return port < 0 ? 5432 : port;
    }

    public String database() {
        final String path = uri().getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private URI uri() {
        final String withoutParams = jdbcUrl.substring("jdbc:".length()).split("\\?", 2)[0];
        return URI.create(withoutParams);
    }

    /** Every table the publication must hold. */
    public List<String> publishedTables() {
        return concat(tables, outboxTables, List.of(heartbeatTable));
    }

    @Override
    public String toString() {
        return "CdcSettings[jdbcUrl=" + jdbcUrl.split("\\?", 2)[0] + ", user=" + user + ", password=***, bootstrap="
                + bootstrapServers + ", registry=" + registryUrl + ", slot=" + slotName + ", publication="
                + publicationName
                + ", tables=" + tables.size() + ", outboxTables=" + outboxTables.size() + "]";
    }

    @SafeVarargs
    private static List<String> concat(final List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static String or(final Function<String, String> get, final String key, final String fallback) {
        final String value = get.apply(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String or(final Function<String, String> get, final ConfigKey key) {
        return or(get, key.name(), key.defaultValue());
    }

    private static Duration millis(final Map<String, String> props, final ConfigKey key) {
        return millis(props, key.name(), Long.parseLong(key.defaultValue()));
    }

    private static List<String> list(final String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Duration millis(final Map<String, String> props, final String key, final long fallback) {
        final String value = props.get(key);
        if (value == null || value.isBlank()) {
            return Duration.ofMillis(fallback);
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.trim()));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of milliseconds, was '" + value + "'", e);
        }
    }

    private static void require(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
    }

    private static void identifier(final String key, final String value) {
        require(key, value);
        if (!value.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(
                    key + " must be a lower-case PostgreSQL identifier, was '" + value + "'");
        }
    }

    private static void positive(final String key, final Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be > 0, was " + (value == null ? null : value.toMillis()));
        }
    }
}
