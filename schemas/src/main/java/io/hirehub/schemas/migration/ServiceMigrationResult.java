package io.hirehub.schemas.migration;

import java.util.Optional;

/**
 * What migrating one service did.
 *
 * @param service             the service
 * @param schema              its PostgreSQL schema
 * @param migrationsApplied   migrations applied by this run (0 when it was already up to date)
 * @param currentVersion      the schema's version after the run, e.g. {@code "3"}
 * @param embeddingColumnType type of the service's {@code embedding} column as found in the
 *                            database after the run; empty for services without one
 */
public record ServiceMigrationResult(
        HirehubService service,
        String schema,
        int migrationsApplied,
        String currentVersion,
        Optional<EmbeddingColumnType> embeddingColumnType) {}
