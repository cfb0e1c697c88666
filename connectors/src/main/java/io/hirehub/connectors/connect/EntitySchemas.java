package io.hirehub.connectors.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Finds the Avro entity record of a captured table among the generated classes: by an explicit
 * override ({@code schema.table → class}), else by naming convention in the entity namespace
 * ({@code job_skills → JobSkill}, {@code companies → Company}, {@code match_feedback → MatchFeedback}).
 */
public final class EntitySchemas {

    private final String namespace;
    private final Map<String, String> overrides;
    private final ClassLoader loader;
    private final Map<String, Optional<Schema>> cache = new ConcurrentHashMap<>();

    public EntitySchemas(final String namespace, final Map<String, String> overrides, final ClassLoader loader) {
        this.namespace = namespace;
        this.overrides = Map.copyOf(overrides);
        this.loader = loader;
    }

    /** The record schema for {@code schema.table}, if a generated class exists for it. */
    public Optional<Schema> find(final String pgSchema, final String table) {
        return cache.computeIfAbsent(pgSchema + "." + table, qualified -> resolve(qualified, table));
    }

    private Optional<Schema> resolve(final String qualified, final String table) {
        final String override = overrides.get(qualified);
        final List<String> candidates = override != null ? List.of(override) : candidates(table);
        for (final String className : candidates) {
            try {
                final Class<?> type = Class.forName(className, true, loader);
                final Schema schema = SpecificData.get().getSchema(type);
                // The .avsc files name their table; a class that names another table is not this one's.
                final String declared = schema.getProp("sqlTable");
                if (override == null && declared != null && !declared.equals(table)) {
                    continue;
                }
                return Optional.of(schema);
            } catch (final ClassNotFoundException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** Class names tried for a table, most likely first. */
    List<String> candidates(final String table) {
        final List<String> names = new ArrayList<>();
        names.add(namespace + "." + pascal(singular(table)));
        names.add(namespace + "." + pascal(table));
        names.add(namespace + "." + pascal(singular(table)) + "Row");
        return names;
    }

    static String singular(final String table) {
        final int cut = table.lastIndexOf('_');
        final String head = table.substring(0, cut + 1);
        final String last = table.substring(cut + 1);
        final String one;
        if (last.endsWith("ies")) {
            one = last.substring(0, last.length() - 3) + "y";
        } else if (last.endsWith("ses") || last.endsWith("xes") || last.endsWith("ches") || last.endsWith("shes")) {
            one = last.substring(0, last.length() - 2);
        } else if (last.endsWith("s") && !last.endsWith("ss")) {
            one = last.substring(0, last.length() - 1);
        } else {
            one = last;
        }
        return head + one;
    }

    static String pascal(final String snake) {
        final StringBuilder out = new StringBuilder();
        for (final String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
