package io.hirehub.schemas.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the PostgreSQL migrations of all seven services (Flyway, one schema, location and
 * history table per service) in dependency order. Re-running is a no-op. Each service's
 * migrations commit on their own: if one service fails, the services before it stay migrated,
 * the ones after it are not attempted, and {@link MigrationException} names the failing service.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final MigrationSettings settings;

    public Migrations(final MigrationSettings settings) {
        this.settings = settings;
    }

    /** Service → database, schema and Flyway location, in the order {@link #migrate()} applies them. */
    public List<ServiceTarget> plan() {
        return Arrays.stream(HirehubService.values())
                .map(service -> new ServiceTarget(
                        service,
                        MigrationSettings.redact(settings.jdbcUrlFor(service)),
                        settings.schemaFor(service),
                        service.location(),
                        HirehubService.HISTORY_TABLE))
                .toList();
    }

    /** Migrates every service, in dependency order. */
    public List<ServiceMigrationResult> migrate() {
        final List<ServiceMigrationResult> results = new ArrayList<>();
        for (final HirehubService service : HirehubService.values()) {
            results.add(migrate(service));
        }
        return List.copyOf(results);
    }

    /** Migrates one service. */
    public ServiceMigrationResult migrate(final HirehubService service) {
        final String schema = settings.schemaFor(service);
        try {
            final Flyway flyway = flyway(service);
            final MigrateResult result = flyway.migrate();
            final MigrationInfo current = flyway.info().current();
            final String version = current == null || current.getVersion() == null
                    ? ""
                    : current.getVersion().getVersion();
            final Optional<EmbeddingColumnType> embedding = embeddingColumnType(flyway, service, schema);
            LOG.info(
                    "Migrated service {} (schema {}): {} migration(s) applied, at version {}{}",
                    service,
                    schema,
                    result.migrationsExecuted,
                    version,
                    embedding.map(type -> ", embedding column " + type.sql()).orElse(""));
            return new ServiceMigrationResult(service, schema, result.migrationsExecuted, version, embedding);
        } catch (FlywayException | SQLException | IllegalStateException e) {
            throw new MigrationException(
                    service,
                    "Migrating service " + service + " (schema " + schema + " at "
                            + MigrationSettings.redact(settings.jdbcUrlFor(service)) + ") failed: " + e.getMessage(),
                    e);
        }
    }

    private Flyway flyway(final HirehubService service) {
        final String schema = settings.schemaFor(service);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(settings.jdbcUrlFor(service), settings.user(), settings.password())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(HirehubService.HISTORY_TABLE)
                .locations(service.location())
                .javaMigrations(service.javaMigrations())
                // Templates hold {{mustache}} text; nothing in our SQL is a Flyway ${placeholder}.
                .placeholderReplacement(false)
                .load();
    }

    private static Optional<EmbeddingColumnType> embeddingColumnType(
            final Flyway flyway, final HirehubService service, final String schema) throws SQLException {
        final Optional<HirehubService.EmbeddingTable> table = service.embeddingTable();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT udt_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND table_name = ? AND column_name = 'embedding'")) {
            query.setString(1, schema);
            query.setString(2, table.get().table());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException(schema + "." + table.get().table() + ".embedding does not exist");
                }
                return Optional.of(EmbeddingColumnType.fromUdtName(rows.getString(1)));
            }
        }
    }
}
