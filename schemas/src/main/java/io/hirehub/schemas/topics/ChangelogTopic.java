package io.hirehub.schemas.topics;

import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The compacted changelog of one PostgreSQL table, produced by CDC: named
 * {@code hirehub.<service>.<table>} after its source table, keyed by the primary key (composite keys
 * joined with ':'), a tombstone when the row is deleted.
 *
 * @param <V> the entity row record
 */
public final class ChangelogTopic<V extends SpecificRecord> extends Topic<String, V> {

    private static final String SERVICE_SUFFIX = "_service";

    private final String schema;
    private final String table;

    ChangelogTopic(final String schema, final String table, final Class<V> valueType, final String description) {
        super(
                "hirehub." + service(schema) + "." + table,
                TopicKind.ENTITY_CHANGELOG,
                CleanupPolicy.COMPACT,
                Optional.empty(),
                true,
                description,
                Serdes.String(),
                valueType);
        this.schema = schema;
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The captured table, schema-qualified: {@code job_service.jobs}. */
    public String table() {
        return schema + "." + table;
    }

    private static String service(final String schema) {
        if (!schema.endsWith(SERVICE_SUFFIX)) {
            throw new IllegalArgumentException("not a service schema: " + schema);
        }
        return schema.substring(0, schema.length() - SERVICE_SUFFIX.length());
    }
}
