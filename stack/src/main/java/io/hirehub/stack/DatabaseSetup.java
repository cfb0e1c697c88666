package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.migration.ServiceMigrationResult;
import io.hirehub.stack.config.PostgresSettings;
import java.util.List;
import java.util.Map;

/** Applies every service's migrations to whichever PostgreSQL is in use; a re-run applies nothing. */
public final class DatabaseSetup implements StackComponent {

    private final PostgresSettings postgres;

    public DatabaseSetup(final PostgresSettings postgres) {
        this.postgres = postgres;
    }

    @Override
    public String name() {
        return "migrations";
    }

    @Override
    public List<String> after() {
        return List.of("postgres");
    }

    @Override
    public void start(final StackContext context) {
        migrate(context.jdbc(), postgres);
    }

    /** Migrates the seven services' schemas at {@code jdbc} (and any per-service database override). */
    public static List<ServiceMigrationResult> migrate(final Endpoints.Jdbc jdbc, final PostgresSettings postgres) {
        return new Migrations(migrationSettings(jdbc, postgres)).migrate();
    }

    /** What {@link Migrations} needs, from the endpoint in use and the per-service settings. */
    public static MigrationSettings migrationSettings(final Endpoints.Jdbc jdbc, final PostgresSettings postgres) {
        MigrationSettings settings = MigrationSettings.of(jdbc.url(), jdbc.user(), jdbc.password())
                .withSchemaPattern(postgres.schemaPattern());
        for (final Map.Entry<String, String> entry : postgres.serviceJdbcUrls().entrySet()) {
            settings = settings.withJdbcUrlOverride(HirehubService.fromShortName(entry.getKey()), entry.getValue());
        }
        return settings;
    }

    @Override
    public void close() {
        // Nothing held between start and stop.
    }
}
