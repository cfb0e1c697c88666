package io.hirehub.registry;

import java.util.Objects;

/**
 * One entry of the registry's log. The log is the truth; every instance's state is the fold of it.
 * Each record has a compaction key: the latest record per key is all a restart needs.
 */
public sealed interface RegistryRecord {

    /**
     * A subject's version: registered, soft-deleted ({@code deleted=true}), or permanently removed
     * ({@code schema == null}, a tombstone).
     */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted)
            implements RegistryRecord {
        public SchemaVersion {
            Objects.requireNonNull(subject, "subject");
        }

        /** True for a permanent delete (tombstone on the topic). */
        public boolean removed() {
            return schema == null;
        }

        /** The same version, soft-deleted. */
        SchemaVersion softDeleted() {
            return new SchemaVersion(subject, version, id, schema, true);
        }

        /** The tombstone removing this version for good. */
        SchemaVersion tombstone() {
            return new SchemaVersion(subject, version, id, null, true);
        }
    }

    /**
     * A compatibility level for a subject ({@code subject == null}: the global default); a
     * {@code null} level removes the subject's own level.
     */
    record Config(String subject, CompatibilityLevel level) implements RegistryRecord {}
}
