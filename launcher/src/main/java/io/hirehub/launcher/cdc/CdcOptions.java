package io.hirehub.launcher.cdc;

import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.ConfigLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Configuration options shared by the cdc subcommands. Precedence: defaults &lt; {@code --config}
 * file &lt; {@code HIREHUB_*} environment &lt; {@code --set key=value}; endpoints still missing come
 * from the {@code endpoints.json} a running {@code hirehub dev} wrote into its data directory.
 */
final class CdcOptions {

    @Option(
            names = "--config",
            description = "Properties file with dotted keys (postgres.jdbc.url, cdc.slot.name, ...).")
    Path config;

    @Option(
            names = "--data-dir",
            description =
                    "Data directory of a running `hirehub dev` whose endpoints fill what is not set (default ./.hirehub).")
    Path dataDir = Path.of(".hirehub");

    @Option(
            names = {"-s", "--set"},
            description = "key=value, overrides file and environment.",
            mapFallbackValue = "")
    Map<String, String> overrides = new LinkedHashMap<>();

    CdcSettings settings() {
        final Map<String, String> merged = new HashMap<>();
        if (config != null) {
            final Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(config)) {
                file.load(reader);
            } catch (final IOException e) {
                throw new IllegalArgumentException("cannot read --config " + config + ": " + e.getMessage(), e);
            }
            file.stringPropertyNames().forEach(k -> merged.put(k, file.getProperty(k)));
        }
        merged.putAll(CdcSettings.fromEnvironment(System.getenv()));
        merged.putAll(overrides);
        if (!merged.containsKey("postgres.jdbc.url")
                || !merged.containsKey("kafka.bootstrap.servers")
                || !merged.containsKey("registry.url")) {
            EndpointsFile.read(dataDir).ifPresent(endpoints -> {
                merged.putIfAbsent("kafka.bootstrap.servers", endpoints.kafka());
                if (endpoints.jdbc() != null && !merged.containsKey("postgres.jdbc.url")) {
                    merged.put("postgres.jdbc.url", endpoints.jdbc().url());
                    merged.putIfAbsent("postgres.user", endpoints.jdbc().user());
                    merged.putIfAbsent("postgres.password", endpoints.jdbc().password());
                }
                if (endpoints.registry() != null) {
                    merged.putIfAbsent("registry.url", endpoints.registry());
                }
            });
        }
        return CdcSettings.fromMap(merged);
    }

    /**
     * {@code shutdown.timeout} as {@code -s} sets it, else its default: how long {@code cdc run} may
     * take to stop after SIGTERM before the process exits anyway.
     */
    Duration shutdownTimeout() {
        final String key = ConfigKeys.SHUTDOWN_TIMEOUT.name();
        final Map<String, String> given = overrides.containsKey(key) ? Map.of(key, overrides.get(key)) : Map.of();
        return ConfigLoader.load(Optional.empty(), Map.of(), given).duration(ConfigKeys.SHUTDOWN_TIMEOUT);
    }
}
