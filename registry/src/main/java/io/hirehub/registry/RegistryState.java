package io.hirehub.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's current state: the fold of its log. Applied from the store's thread, read from
 * HTTP threads, hence synchronized. Knows nothing about HTTP or Kafka.
 */
final class RegistryState {

    private final Map<String, NavigableMap<Integer, RegistryRecord.SchemaVersion>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;
    private long applied;

    synchronized void apply(final RegistryRecord record) {
        applied++;
        if (record instanceof RegistryRecord.SchemaVersion v) {
            final NavigableMap<Integer, RegistryRecord.SchemaVersion> versions =
                    subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>());
            if (v.removed()) {
                versions.remove(v.version());
                if (versions.isEmpty()) {
                    subjects.remove(v.subject());
                }
                return;
            }
            // Every instance folds the same log in the same order, so resolving id races here gives
            // all of them the same answer: a known schema keeps its first id; an id already taken by
            // another schema (two instances registering at once) moves to the next free one.
            final int id = effectiveId(v);
            versions.put(
                    v.version(),
                    v.id() == id
                            ? v
                            : new RegistryRecord.SchemaVersion(v.subject(), v.version(), id, v.schema(), v.deleted()));
            // Ids stay resolvable after deletes: records already on topics still carry them.
            schemasById.putIfAbsent(id, v.schema());
            idsBySchema.putIfAbsent(v.schema(), id);
            maxId = Math.max(maxId, id);
        } else if (record instanceof RegistryRecord.Config c) {
            if (c.subject() == null) {
                globalLevel = c.level() == null ? CompatibilityLevel.BACKWARD : c.level();
            } else if (c.level() == null) {
                subjectLevels.remove(c.subject());
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }

    private int effectiveId(final RegistryRecord.SchemaVersion v) {
        final Integer known = idsBySchema.get(v.schema());
        if (known != null) {
            return known;
        }
        final String holder = schemasById.get(v.id());
        return holder == null || holder.equals(v.schema()) ? v.id() : maxId + 1;
    }

    /** Subjects with at least one live version (or any version when {@code includeDeleted}). */
    synchronized List<String> subjects(final boolean includeDeleted) {
        final List<String> names = new ArrayList<>();
        subjects.forEach((name, versions) -> {
            if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(name);
            }
        });
        return names;
    }

    /** Versions of a subject, oldest first, live only unless {@code includeDeleted}. */
    synchronized List<RegistryRecord.SchemaVersion> versions(final String subject, final boolean includeDeleted) {
        final NavigableMap<Integer, RegistryRecord.SchemaVersion> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream()
                .filter(v -> includeDeleted || !v.deleted())
                .toList();
    }

    /** Highest version number ever used under the subject (deleted ones too), 0 if none. */
    synchronized int maxVersion(final String subject) {
        final NavigableMap<Integer, RegistryRecord.SchemaVersion> versions = subjects.get(subject);
        return versions == null || versions.isEmpty() ? 0 : versions.lastKey();
    }

    synchronized Optional<String> schemaById(final int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    synchronized Optional<Integer> idOf(final String canonicalSchema) {
        return Optional.ofNullable(idsBySchema.get(canonicalSchema));
    }

    synchronized int maxId() {
        return maxId;
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(final String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** The level that governs a subject: its own, else the global one. */
    synchronized CompatibilityLevel effectiveLevel(final String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** How many log records were applied (for start-up logging). */
    synchronized long applied() {
        return applied;
    }
}
