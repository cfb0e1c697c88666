package io.hirehub.schemas.migration;

/**
 * Where one service's migrations go: what {@code hirehub migrate --list} prints.
 *
 * @param service      the service
 * @param jdbcUrl      its database, query string redacted ({@link MigrationSettings#redact})
 * @param schema       its PostgreSQL schema
 * @param location     its Flyway location ({@code classpath:db/migration/<short>})
 * @param historyTable its Flyway history table, inside {@code schema}
 */
public record ServiceTarget(
        HirehubService service, String jdbcUrl, String schema, String location, String historyTable) {}
