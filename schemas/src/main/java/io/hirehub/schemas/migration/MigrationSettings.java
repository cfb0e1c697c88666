package io.hirehub.schemas.migration;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how to migrate, validated on construction.
 *
 * <p>By default all seven services share one database ({@link #jdbcUrl}) with one schema each,
 * named by {@link #schemaPattern} ({@value #DEFAULT_SCHEMA_PATTERN} → {@code user_service}, …). The
 * seed's database-per-service split is reached with {@link #jdbcUrlOverrides} (e.g. {@code resume}
 * → {@code jdbc:postgresql://host/hirehub_resume}); the schema name still follows the pattern.
 *
 * @param jdbcUrl          default JDBC URL ({@code jdbc:postgresql://…})
 * @param user             database user
 * @param password         database password, may be empty; never printed by {@link #toString()}
 * @param jdbcUrlOverrides per-service JDBC URLs replacing {@code jdbcUrl} for that service
 * @param schemaPattern    schema name with {@value #SERVICE_PLACEHOLDER} standing for the short name
 */
public record MigrationSettings(
        String jdbcUrl,
        String user,
        String password,
        Map<HirehubService, String> jdbcUrlOverrides,
        String schemaPattern) {

    /** Placeholder in {@link #schemaPattern} replaced by the service's short name. */
    public static final String SERVICE_PLACEHOLDER = "{service}";
    /** Schema per service: {@code user_service}, {@code job_service}, …. */
    public static final String DEFAULT_SCHEMA_PATTERN = "{service}_service";

    /** Property keys (env vars map as HIREHUB_ + upper-case, dots → underscores). */
    public static final String KEY_JDBC_URL = "postgres.jdbc.url";

    public static final String KEY_USER = "postgres.user";
    public static final String KEY_PASSWORD = "postgres.password";
    public static final String KEY_SCHEMA_PATTERN = "postgres.schema.pattern";
    /** Per-service override prefix: {@code postgres.jdbc.url.resume=jdbc:postgresql://…/hirehub_resume}. */
    public static final String KEY_JDBC_URL_PREFIX = "postgres.jdbc.url.";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public MigrationSettings {
        jdbcUrl = requireJdbcUrl(KEY_JDBC_URL, jdbcUrl);
        user = require(KEY_USER, user);
        password = password == null ? "" : password;
        schemaPattern = schemaPattern == null || schemaPattern.isBlank() ? DEFAULT_SCHEMA_PATTERN : schemaPattern;
        final Map<HirehubService, String> overrides = new EnumMap<>(HirehubService.class);
        (jdbcUrlOverrides == null ? Map.<HirehubService, String>of() : jdbcUrlOverrides)
                .forEach((service, url) -> overrides.put(
                        Objects.requireNonNull(service, "service"),
                        requireJdbcUrl(KEY_JDBC_URL_PREFIX + service.shortName(), url)));
        jdbcUrlOverrides = Map.copyOf(overrides);
        final Map<String, HirehubService> seen = new HashMap<>();
        for (final HirehubService service : HirehubService.values()) {
            final String schema = schemaPattern.replace(SERVICE_PLACEHOLDER, service.shortName());
            if (!IDENTIFIER.matcher(schema).matches()) {
                throw new IllegalArgumentException(
                        KEY_SCHEMA_PATTERN + " '" + schemaPattern + "' gives schema '" + schema + "' for service "
                                + service.shortName() + "; expected a lower-case SQL identifier [a-z_][a-z0-9_]*");
            }
            // Two services in one schema of one database would share (and corrupt) one Flyway history table.
            final HirehubService clash = seen.put(overrides.getOrDefault(service, jdbcUrl) + '|' + schema, service);
            if (clash != null) {
                throw new IllegalArgumentException("services " + clash.shortName() + " and " + service.shortName()
                        + " would share schema '" + schema + "' in one database; keep " + SERVICE_PLACEHOLDER + " in "
                        + KEY_SCHEMA_PATTERN + " or give each its own database (" + KEY_JDBC_URL_PREFIX + "<service>)");
            }
        }
    }

    /** One database at {@code jdbcUrl}, default schema names. */
    public static MigrationSettings of(final String jdbcUrl, final String user, final String password) {
        return new MigrationSettings(jdbcUrl, user, password, Map.of(), DEFAULT_SCHEMA_PATTERN);
    }

    /**
     * Reads the {@code postgres.*} keys ({@link #KEY_JDBC_URL}, {@link #KEY_USER}, {@link #KEY_PASSWORD},
     * {@link #KEY_SCHEMA_PATTERN}, {@code postgres.jdbc.url.<service>}); other keys are ignored.
     */
    public static MigrationSettings fromProperties(final Map<String, String> properties) {
        final Map<HirehubService, String> overrides = new EnumMap<>(HirehubService.class);
        properties.forEach((key, value) -> {
            if (key.startsWith(KEY_JDBC_URL_PREFIX)) {
                overrides.put(HirehubService.fromShortName(key.substring(KEY_JDBC_URL_PREFIX.length())), value);
            }
        });
        return new MigrationSettings(
                properties.get(KEY_JDBC_URL),
                properties.get(KEY_USER),
                properties.get(KEY_PASSWORD),
                overrides,
                properties.get(KEY_SCHEMA_PATTERN));
    }

    /** A copy with {@code service} in its own database at {@code url}. */
    public MigrationSettings withJdbcUrlOverride(final HirehubService service, final String url) {
        final Map<HirehubService, String> overrides = new EnumMap<>(HirehubService.class);
        overrides.putAll(jdbcUrlOverrides);
        overrides.put(service, url);
        return new MigrationSettings(jdbcUrl, user, password, overrides, schemaPattern);
    }

    /** A copy with another schema naming pattern. */
    public MigrationSettings withSchemaPattern(final String pattern) {
        return new MigrationSettings(jdbcUrl, user, password, jdbcUrlOverrides, pattern);
    }

    /** The JDBC URL the service's schema lives in. */
    public String jdbcUrlFor(final HirehubService service) {
        return jdbcUrlOverrides.getOrDefault(service, jdbcUrl);
    }

    /** The service's schema name. */
    public String schemaFor(final HirehubService service) {
        return schemaPattern.replace(SERVICE_PLACEHOLDER, service.shortName());
    }

    @Override
    public String toString() {
        return "MigrationSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + ", password=***, jdbcUrlOverrides="
                + jdbcUrlOverrides.entrySet().stream()
                        .map(e -> e.getKey().shortName() + '=' + redact(e.getValue()))
                        .toList()
                + ", schemaPattern=" + schemaPattern + ']';
    }

    /** A JDBC URL without its query string, which may carry credentials; safe for logs and errors. */
    public static String redact(final String jdbcUrl) {
        final int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }

    private static String require(final String key, final String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }

    private static String requireJdbcUrl(final String key, final String value) {
        require(key, value);
        if (!value.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(key + " '" + redact(value) + "' is not a PostgreSQL JDBC URL "
                    + "(expected jdbc:postgresql://host:port/database)");
        }
        return value;
    }
}
