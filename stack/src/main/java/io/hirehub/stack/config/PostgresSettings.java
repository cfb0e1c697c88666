package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where PostgreSQL is: an external server ({@code jdbcUrl}) or the embedded PostgreSQL 17.
 *
 * @param jdbcUrl  external JDBC URL; empty starts the embedded server
 * @param user     user name
 * @param password password (never printed by {@link #toString()})
 * @param port     embedded server port (0 = pick a free one)
 * @param database database the embedded server creates
 * @param schemaPattern schema per service, {@code {service}} standing for its short name
 * @param serviceJdbcUrls service short name → its own JDBC URL (the seed's database-per-service split)
 */
public record PostgresSettings(
        Optional<String> jdbcUrl,
        String user,
        String password,
        int port,
        String database,
        String schemaPattern,
        Map<String, String> serviceJdbcUrls) {

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schemaPattern, "schemaPattern");
        serviceJdbcUrls = Map.copyOf(serviceJdbcUrls);
    }

    public boolean embedded() {
        return jdbcUrl.isEmpty();
    }

    static PostgresSettings from(final ResolvedConfig config) {
        final Optional<String> url = config.optional(ConfigKeys.POSTGRES_JDBC_URL);
        if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:")) {
            throw config.invalid(ConfigKeys.POSTGRES_JDBC_URL, "a jdbc:postgresql://host:port/database URL");
        }
        final String database = config.required(ConfigKeys.POSTGRES_DATABASE);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw config.invalid(ConfigKeys.POSTGRES_DATABASE, "a lower-case SQL identifier");
        }
        final String pattern = config.required(ConfigKeys.POSTGRES_SCHEMA_PATTERN);
        if (!pattern.matches("[a-z_{}][a-z0-9_{}]*") || !pattern.contains("{service}")) {
            throw config.invalid(ConfigKeys.POSTGRES_SCHEMA_PATTERN, "a lower-case identifier containing {service}");
        }
        final Map<String, String> perService = new LinkedHashMap<>();
        for (final ConfigKey key : ConfigKeys.POSTGRES_JDBC_URL_PER_SERVICE) {
            final Optional<String> serviceUrl = config.optional(key);
            if (serviceUrl.isPresent() && !serviceUrl.get().startsWith("jdbc:postgresql:")) {
                throw config.invalid(key, "a jdbc:postgresql://host:port/database URL");
            }
            serviceUrl.ifPresent(u -> perService.put(key.name().substring("postgres.jdbc.url.".length()), u));
        }
        return new PostgresSettings(
                url,
                config.required(ConfigKeys.POSTGRES_USER),
                config.string(ConfigKeys.POSTGRES_PASSWORD),
                config.port(ConfigKeys.POSTGRES_PORT),
                database,
                pattern,
                perService);
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=****, port=" + port
                + ", database=" + database + ", schemaPattern=" + schemaPattern + ", serviceJdbcUrls="
                + serviceJdbcUrls.keySet() + "]";
    }
}
