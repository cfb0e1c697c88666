package io.hirehub.edge.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The services' databases: one connection pool per distinct JDBC URL (every service shares one
 * database by default, the seed's database-per-service split gives each its own) and each service's
 * schema. Closing it closes the pools.
 */
public final class ServiceDatabases implements AutoCloseable {

    private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();
    private final Map<HirehubService, HikariDataSource> byService = new EnumMap<>(HirehubService.class);
    private final MigrationSettings settings;

    private ServiceDatabases(final MigrationSettings settings, final int poolSize, final String poolName) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (final HirehubService service : HirehubService.values()) {
            byService.put(service, pools.computeIfAbsent(settings.jdbcUrlFor(service), url -> {
                final HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername(settings.user());
                config.setPassword(settings.password());
                config.setMaximumPoolSize(poolSize);
                config.setPoolName(poolName + "-" + (pools.size() + 1));
                // Batched inserts as multi-row statements: several times faster for bulk loads.
                config.addDataSourceProperty("reWriteBatchedInserts", "true");
                return new HikariDataSource(config);
            }));
        }
    }

    /**
     * Pools for {@code settings}' databases; pools are created lazily by Hikari, so nothing connects
     * until the first query.
     */
    public static ServiceDatabases open(final MigrationSettings settings, final int poolSize, final String poolName) {
        return new ServiceDatabases(settings, poolSize, poolName);
    }

    public DataSource dataSource(final HirehubService service) {
        return byService.get(service);
    }

    public String schema(final HirehubService service) {
        return settings.schemaFor(service);
    }

    /** Every distinct pool, e.g. to check that each database answers. */
    public Map<String, DataSource> pools() {
        return Map.copyOf(pools);
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
    }
}
