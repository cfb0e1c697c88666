package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Resolves settings with the documented precedence: defaults &lt; properties file &lt; environment
 * ({@code HIREHUB_*}) &lt; command line. Unknown keys fail fast, whichever layer they come from,
 * so a typo never silently falls back to a default.
 */
public final class ConfigLoader {

    /** {@code HIREHUB_*} variables read by the launcher script and the logging config, not settings. */
    private static final Set<String> SCRIPT_VARIABLES =
            Set.of("HIREHUB_JAVA_OPTS", "HIREHUB_SKIP_BUILD", "HIREHUB_LOG_LEVEL");

    /**
     * Key prefixes that belong to components reading their own settings (the CDC runner's
     * {@code cdc.*}): they are not declared here but kept with the same precedence and handed to
     * that component ({@link ResolvedConfig#delegated(String)}), so one config file, one environment
     * and one {@code -s} serve every subcommand.
     */
    private static final Set<String> DELEGATED_PREFIXES = Set.of("cdc.");

    private ConfigLoader() {}

    /**
     * @param file        optional properties file ({@code --config FILE})
     * @param environment the process environment (only {@code HIREHUB_*} entries are read)
     * @param commandLine key → value set on the command line
     */
    public static ResolvedConfig load(
            final Optional<Path> file, final Map<String, String> environment, final Map<String, String> commandLine) {
        final Map<String, ResolvedConfig.Value> values = new LinkedHashMap<>();
        final Map<String, String> delegated = new LinkedHashMap<>();
        for (final ConfigKey key : ConfigKeys.all()) {
            values.put(key.name(), new ResolvedConfig.Value(key.defaultValue(), ConfigSource.DEFAULT, key.name()));
        }
        if (file.isPresent()) {
            final Path path = file.get();
            for (final Map.Entry<String, String> entry : readProperties(path).entrySet()) {
                if (delegated(entry.getKey())) {
                    delegated.put(entry.getKey(), entry.getValue().trim());
                    continue;
                }
                final ConfigKey key = ConfigKeys.find(entry.getKey())
                        .orElseThrow(() ->
                                new ConfigException("unknown setting '" + entry.getKey() + "' in config file " + path));
                values.put(
                        key.name(), new ResolvedConfig.Value(entry.getValue().trim(), ConfigSource.FILE, key.name()));
            }
        }
        for (final Map.Entry<String, String> entry : environment.entrySet()) {
            final String variable = entry.getKey();
            if (!variable.startsWith("HIREHUB_") || SCRIPT_VARIABLES.contains(variable)) {
                continue;
            }
            if (DELEGATED_PREFIXES.stream().anyMatch(p -> variable.startsWith(ConfigKey.envVarOf(p)))) {
                // Delegated keys have no underscores of their own: HIREHUB_CDC_SLOT_NAME is cdc.slot.name.
                delegated.put(
                        variable.substring("HIREHUB_".length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        entry.getValue().trim());
                continue;
            }
            final ConfigKey key = ConfigKeys.findByEnvVar(variable)
                    .orElseThrow(() -> new ConfigException(
                            "unknown setting in environment variable " + variable + " (no key maps to it)"));
            values.put(
                    key.name(), new ResolvedConfig.Value(entry.getValue().trim(), ConfigSource.ENVIRONMENT, variable));
        }
        for (final Map.Entry<String, String> entry : commandLine.entrySet()) {
            if (delegated(entry.getKey())) {
                delegated.put(entry.getKey(), entry.getValue().trim());
                continue;
            }
            final ConfigKey key = ConfigKeys.find(entry.getKey())
                    .orElseThrow(
                            () -> new ConfigException("unknown setting '" + entry.getKey() + "' on the command line"));
            values.put(
                    key.name(),
                    new ResolvedConfig.Value(entry.getValue().trim(), ConfigSource.COMMAND_LINE, key.name()));
        }
        return new ResolvedConfig(values, delegated);
    }

    private static boolean delegated(final String key) {
        return DELEGATED_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static Map<String, String> readProperties(final Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("config file " + path + " does not exist or is not a file");
        }
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
        }
        final Map<String, String> map = new LinkedHashMap<>();
        for (final String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }
}
