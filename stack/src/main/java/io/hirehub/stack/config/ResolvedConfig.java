package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every key's final value and where it came from, with typed readers whose errors name the key,
 * the bad value and its source.
 */
public final class ResolvedConfig {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /**
     * @param raw    the value as given
     * @param source which layer set it
     * @param origin the name it was given under (key, or environment variable)
     */
    public record Value(String raw, ConfigSource source, String origin) {}

    private final Map<String, Value> values;
    private final Map<String, String> delegated;

    ResolvedConfig(final Map<String, Value> values, final Map<String, String> delegated) {
        this.values = Map.copyOf(values);
        this.delegated = Map.copyOf(delegated);
    }

    /** Keys under {@code prefix} that a component reads itself (e.g. {@code cdc.}), after precedence. */
    public Map<String, String> delegated(final String prefix) {
        final Map<String, String> out = new TreeMap<>();
        delegated.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                out.put(key, value);
            }
        });
        return out;
    }

    public Value value(final ConfigKey key) {
        final Value value = values.get(key.name());
        if (value == null) {
            throw new IllegalArgumentException("undeclared config key " + key.name());
        }
        return value;
    }

    public String string(final ConfigKey key) {
        return value(key).raw();
    }

    /** The value, or empty when it is blank. */
    public Optional<String> optional(final ConfigKey key) {
        final String raw = string(key);
        return raw.isBlank() ? Optional.empty() : Optional.of(raw);
    }

    public String required(final ConfigKey key) {
        return optional(key).orElseThrow(() -> invalid(key, "a non-empty value"));
    }

    public int integer(final ConfigKey key, final int min, final int max) {
        final int parsed;
        try {
            parsed = Integer.parseInt(string(key));
        } catch (NumberFormatException e) {
            throw invalid(key, "an integer in " + min + ".." + max);
        }
        if (parsed < min || parsed > max) {
            throw invalid(key, "an integer in " + min + ".." + max);
        }
        return parsed;
    }

    /** A TCP port; 0 means "pick a free one". */
    public int port(final ConfigKey key) {
        return integer(key, 0, 65_535);
    }

    public boolean bool(final ConfigKey key) {
        return switch (string(key).toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw invalid(key, "true or false");
        };
    }

    /** {@code 90s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 ({@code PT2M}). */
    public Duration duration(final ConfigKey key) {
        final String raw = string(key).trim().toLowerCase(Locale.ROOT);
        final Matcher m = SIMPLE_DURATION.matcher(raw);
        if (m.matches()) {
            final long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(raw.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw invalid(key, "a duration such as 30s, 2m or PT2M");
        }
    }

    /** An absolute http(s) URI, or empty when unset. */
    public Optional<URI> httpUri(final ConfigKey key) {
        final Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            final URI uri = new URI(raw.get());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw invalid(key, "an http:// or https:// URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw invalid(key, "an http:// or https:// URL");
        }
    }

    public Path path(final ConfigKey key) {
        try {
            return Path.of(required(key));
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid(key, "a file system path");
        }
    }

    /** An error naming the key, the value (masked for secrets), where it came from and what was expected. */
    public ConfigException invalid(final ConfigKey key, final String expected) {
        return refused(key, "expected " + expected);
    }

    /** An error naming the key, the value (masked for secrets), where it came from and why it was refused. */
    public ConfigException refused(final ConfigKey key, final String reason) {
        final Value value = value(key);
        final String shown = key.secret() ? "****" : value.raw();
        final String where = switch (value.source()) {
            case ENVIRONMENT -> " (from environment variable " + value.origin() + ")";
            case DEFAULT -> " (the default)";
            default -> " (from " + value.source().label() + ")";
        };
        return new ConfigException("invalid value '" + shown + "' for " + key.name() + where + ": " + reason);
    }
}
