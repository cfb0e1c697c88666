package io.hirehub.registry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The registry's rules over its state and log: registration with id de-duplication and
 * compatibility checks, lookups, configuration and deletes. Writes are serialized through one lock
 * and go to the store first; state changes only by applying the log.
 */
final class RegistryService {

    private final RegistryState state;
    private final RegistryStore store;
    private final Duration writeTimeout;
    private final Object writeLock = new Object();

    RegistryService(final RegistryState state, final RegistryStore store, final Duration writeTimeout) {
        this.state = state;
        this.store = store;
        this.writeTimeout = writeTimeout;
    }

    /** Registers (or finds) a schema under a subject; returns its id. */
    int register(final String subject, final String schemaText) {
        final Schema schema = parse(schemaText);
        final String canonical = schema.toString();
        synchronized (writeLock) {
            catchUp();
            final List<RegistryRecord.SchemaVersion> live = state.versions(subject, false);
            for (RegistryRecord.SchemaVersion version : live) {
                if (version.schema().equals(canonical)) {
                    return version.id();
                }
            }
            final CompatibilityLevel level = state.effectiveLevel(subject);
            final List<String> problems = CompatibilityChecker.check(level, schema, live);
            if (!problems.isEmpty()) {
                throw RegistryHttpException.incompatible("Schema being registered is incompatible with an earlier"
                        + " schema for subject \"" + subject + "\", details: " + problems + ", compatibility: '"
                        + level + "'");
            }
            final int proposed = state.idOf(canonical).orElseGet(() -> state.maxId() + 1);
            write(new RegistryRecord.SchemaVersion(subject, state.maxVersion(subject) + 1, proposed, canonical, false));
            // The folded log has the final say (another instance may have taken the proposed id).
            return state.idOf(canonical).orElse(proposed);
        }
    }

    /** The live version of {@code subject} holding this schema. */
    RegistryRecord.SchemaVersion lookup(final String subject, final String schemaText) {
        final String canonical = parse(schemaText).toString();
        final List<RegistryRecord.SchemaVersion> live = requireSubject(subject);
        return live.stream()
                .filter(v -> v.schema().equals(canonical))
                .findFirst()
                .orElseThrow(() -> RegistryHttpException.schemaNotFound("Schema not found"));
    }

    String schemaById(final int id) {
        return state.schemaById(id)
                .orElseThrow(() -> RegistryHttpException.schemaNotFound("Schema " + id + " not found"));
    }

    List<String> subjects(final boolean includeDeleted) {
        return state.subjects(includeDeleted);
    }

    List<Integer> versions(final String subject) {
        return requireSubject(subject).stream()
                .map(RegistryRecord.SchemaVersion::version)
                .toList();
    }

    /** A version by number or {@code latest} / {@code -1}. */
    RegistryRecord.SchemaVersion version(final String subject, final String versionText) {
        final int number = parseVersion(versionText);
        final List<RegistryRecord.SchemaVersion> live = requireSubject(subject);
        if (number == -1) {
            return live.get(live.size() - 1);
        }
        return live.stream()
                .filter(v -> v.version() == number)
                .findFirst()
                .orElseThrow(() -> RegistryHttpException.versionNotFound(number));
    }

    /** Tests a schema against one version (or all, when {@code versionText} is null) under the subject's level. */
    List<String> testCompatibility(final String subject, final String versionText, final String schemaText) {
        final Schema schema = parse(schemaText);
        final CompatibilityLevel level = state.effectiveLevel(subject);
        if (versionText == null) {
            return CompatibilityChecker.check(level, schema, state.versions(subject, false));
        }
        final RegistryRecord.SchemaVersion against = version(subject, versionText);
        // Against one named version the level's direction applies, not its transitivity.
        return CompatibilityChecker.check(level, schema, List.of(against));
    }

    CompatibilityLevel globalLevel() {
        return state.globalLevel();
    }

    Optional<CompatibilityLevel> subjectLevel(final String subject) {
        return state.subjectLevel(subject);
    }

    CompatibilityLevel setLevel(final String subject, final String levelText) {
        final CompatibilityLevel level =
                CompatibilityLevel.parse(levelText).orElseThrow(() -> RegistryHttpException.invalidLevel(levelText));
        synchronized (writeLock) {
            write(new RegistryRecord.Config(subject, level));
        }
        return level;
    }

    /** Removes a subject's own level; returns the level it had. */
    CompatibilityLevel clearLevel(final String subject) {
        final CompatibilityLevel previous =
                state.subjectLevel(subject).orElseThrow(() -> RegistryHttpException.subjectNotFound(subject));
        synchronized (writeLock) {
            write(new RegistryRecord.Config(subject, null));
        }
        return previous;
    }

    /** Soft-deletes (or, after that, permanently deletes) one version; returns its number. */
    int deleteVersion(final String subject, final String versionText, final boolean permanent) {
        final int number = parseVersion(versionText);
        synchronized (writeLock) {
            final List<RegistryRecord.SchemaVersion> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryHttpException.subjectNotFound(subject);
            }
            final RegistryRecord.SchemaVersion target = number == -1
                    ? requireSubject(subject).get(requireSubject(subject).size() - 1)
                    : all.stream()
                            .filter(v -> v.version() == number)
                            .findFirst()
                            .orElseThrow(() -> RegistryHttpException.versionNotFound(number));
            if (permanent && !target.deleted()) {
                throw new RegistryHttpException(
                        404,
                        40407,
                        "Subject '" + subject + "' Version " + target.version()
                                + " was not deleted first before being permanently deleted");
            }
            if (!permanent && target.deleted()) {
                throw new RegistryHttpException(
                        404,
                        40406,
                        "Subject '" + subject + "' Version " + target.version()
                                + " was soft deleted. Set permanent=true to delete permanently");
            }
            write(permanent ? target.tombstone() : target.softDeleted());
            return target.version();
        }
    }

    /** Soft-deletes (or, after that, permanently deletes) a whole subject; returns its versions. */
    List<Integer> deleteSubject(final String subject, final boolean permanent) {
        synchronized (writeLock) {
            final List<RegistryRecord.SchemaVersion> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryHttpException.subjectNotFound(subject);
            }
            final boolean anyLive = all.stream().anyMatch(v -> !v.deleted());
            if (permanent && anyLive) {
                throw new RegistryHttpException(
                        404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
            }
            if (!permanent && !anyLive) {
                throw new RegistryHttpException(
                        404,
                        40404,
                        "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
            }
            for (RegistryRecord.SchemaVersion version : all) {
                write(permanent ? version.tombstone() : version.softDeleted());
            }
            return all.stream().map(RegistryRecord.SchemaVersion::version).toList();
        }
    }

    private List<RegistryRecord.SchemaVersion> requireSubject(final String subject) {
        final List<RegistryRecord.SchemaVersion> live = state.versions(subject, false);
        if (live.isEmpty()) {
            throw RegistryHttpException.subjectNotFound(subject);
        }
        return live;
    }

    private static int parseVersion(final String text) {
        if ("latest".equals(text)) {
            return -1;
        }
        try {
            final int number = Integer.parseInt(text);
            if (number == -1 || number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through to the documented error
        }
        throw RegistryHttpException.invalidVersion(text);
    }

    static Schema parse(final String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryHttpException.invalidSchema("Invalid schema: the request has no \"schema\"");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException e) {
            throw RegistryHttpException.invalidSchema("Invalid schema " + schemaText + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // Avro throws plain AvroRuntimeExceptions for some malformed inputs (e.g. bad defaults).
            throw RegistryHttpException.invalidSchema("Invalid schema " + schemaText + ": " + e.getMessage());
        }
    }

    private void catchUp() {
        try {
            store.catchUp(writeTimeout);
        } catch (RegistryStore.RegistryStoreException e) {
            throw failure(e);
        }
    }

    private void write(final RegistryRecord record) {
        try {
            store.append(record, writeTimeout);
        } catch (RegistryStore.RegistryStoreException e) {
            throw failure(e);
        }
    }

    private static RegistryHttpException failure(final RegistryStore.RegistryStoreException e) {
        return e.timedOut()
                ? RegistryHttpException.timeout("Operation timed out: " + e.getMessage())
                : RegistryHttpException.storeError("Error in the backend data store: " + e.getMessage());
    }
}
