package io.hirehub.launcher.cli;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.EmbeddingColumnType;
import io.hirehub.schemas.migration.MigrationException;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.migration.ServiceMigrationResult;
import io.hirehub.schemas.migration.ServiceTarget;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub migrate}: applies every service's migrations to any PostgreSQL; a re-run applies nothing. */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Apply the seven services' migrations (one schema each) to a PostgreSQL database.")
public final class MigrateCommand implements Callable<Integer> {

    @Mixin
    private StackOptions options;

    @Option(names = "--list", description = "Only print where each service's migrations would go.")
    private boolean list;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        final HirehubSettings settings = options.settings();
        final Endpoints.Jdbc jdbc = new RunningStack(settings).jdbc();
        final MigrationSettings migrationSettings = DatabaseSetup.migrationSettings(jdbc, settings.postgres());
        final PrintWriter out = spec.commandLine().getOut();
        final Migrations migrations = new Migrations(migrationSettings);
        if (list) {
            out.printf("%-13s %-22s %-32s %s%n", "SERVICE", "SCHEMA", "LOCATION", "DATABASE");
            for (final ServiceTarget target : migrations.plan()) {
                out.printf(
                        "%-13s %-22s %-32s %s%n",
                        target.service().shortName(), target.schema(), target.location(), target.jdbcUrl());
            }
            return ExitCodes.OK;
        }
        final List<ServiceMigrationResult> results;
        try {
            results = migrations.migrate();
        } catch (MigrationException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
        out.printf("%-13s %-22s %-8s %-8s %s%n", "SERVICE", "SCHEMA", "APPLIED", "VERSION", "EMBEDDING");
        for (final ServiceMigrationResult result : results) {
            out.printf(
                    "%-13s %-22s %-8d %-8s %s%n",
                    result.service().shortName(),
                    result.schema(),
                    result.migrationsApplied(),
                    result.currentVersion(),
                    result.embeddingColumnType().map(EmbeddingColumnType::sql).orElse("-"));
        }
        final int applied = results.stream()
                .mapToInt(ServiceMigrationResult::migrationsApplied)
                .sum();
        out.println(applied == 0 ? "Up to date: nothing to apply." : "Applied " + applied + " migration(s).");
        return ExitCodes.OK;
    }
}
