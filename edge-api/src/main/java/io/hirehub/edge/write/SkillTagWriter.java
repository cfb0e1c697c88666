package io.hirehub.edge.write;

import io.hirehub.schemas.values.SeedValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * job-service's skill master: get-or-create by exact name. An existing tag keeps its id and
 * category; a new one gets {@link NewSkillTag#derivedId()}. Used alone or inside a job's transaction.
 */
public final class SkillTagWriter {

    private final Transactions transactions;
    private final String schema;

    /**
     * @param dataSource job-service database
     * @param schema     job-service schema ({@code job_service} by default)
     */
    public SkillTagWriter(final DataSource dataSource, final String schema) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The ids of the tags by name, creating the missing ones in one transaction. */
    public Map<String, UUID> getOrCreate(final Collection<NewSkillTag> tags) {
        return transactions.inTransaction("creating skill tags", connection -> resolve(connection, tags));
    }

    /** The same inside the caller's transaction. */
    Map<String, UUID> resolve(final Connection connection, final Collection<NewSkillTag> tags) throws SQLException {
        final Map<String, NewSkillTag> byName = new LinkedHashMap<>();
        for (final NewSkillTag tag : tags) {
            byName.putIfAbsent(tag.name(), tag);
        }
        if (byName.isEmpty()) {
            return Map.of();
        }
        // Sorted names: concurrent transactions lock the unique index entries in the same order.
        final String[] names = byName.keySet().stream().sorted().toArray(String[]::new);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".skill_tags"
                + " (id, name, category) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (final String name : names) {
                final NewSkillTag tag = byName.get(name);
                insert.setObject(1, tag.derivedId());
                insert.setString(2, tag.name());
                insert.setString(3, SeedValues.sql(tag.category()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        final Map<String, UUID> ids = new LinkedHashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT name, id FROM " + schema + ".skill_tags WHERE name = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", names));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
        for (final String name : names) {
            if (!ids.containsKey(name)) {
                // ON CONFLICT on the id (same derived id, other name) is the only way here.
                throw new StoreException("skill tag '" + name + "' could not be created", null);
            }
        }
        return ids;
    }
}
