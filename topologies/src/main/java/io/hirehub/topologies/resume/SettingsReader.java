package io.hirehub.topologies.resume;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.resume.provider.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Typed reads of dotted property keys; every error names the key and the bad value. */
final class SettingsReader {

    private final Map<String, String> properties;

    SettingsReader(final Map<String, String> properties) {
        this.properties = properties;
    }

    Optional<String> string(final String key) {
        final String value = properties.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String string(final String key, final String fallback) {
        return string(key).orElse(fallback);
    }

    String required(final String key, final String why) {
        return string(key).orElseThrow(() -> new IllegalArgumentException(key + " is required " + why));
    }

    long number(final String key, final long fallback) {
        final Optional<String> value = string(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get().replace("_", ""));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value.get() + "'", e);
        }
    }

    int integer(final String key, final int fallback) {
        final long value = number(key, fallback);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(key + " is out of range, was " + value);
        }
        return (int) value;
    }

    boolean bool(final String key, final boolean fallback) {
        final Optional<String> value = string(key).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, was '" + value.get() + "'");
        };
    }

    Duration millis(final String key, final Duration fallback) {
        return Duration.ofMillis(number(key, fallback.toMillis()));
    }

    Optional<URI> uri(final String key) {
        return string(key).map(value -> {
            try {
                final URI uri = URI.create(value);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                return uri;
            } catch (final IllegalArgumentException e) {
                throw new IllegalArgumentException(key + " must be an absolute URL, was '" + value + "'", e);
            }
        });
    }

    <E extends Enum<E>> E choice(final String key, final Class<E> type, final E fallback) {
        final Optional<String> value = string(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (final IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    key + " must be one of "
                            + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", was '"
                            + value.get() + "'",
                    e);
        }
    }

    RetrySettings retry(final ConfigKey attempts, final ConfigKey initialBackoff, final ConfigKey maxBackoff) {
        final RetrySettings d = RetrySettings.DEFAULT;
        return new RetrySettings(
                integer(attempts), millis(initialBackoff), millis(maxBackoff), d.multiplier(), d.jitter());
    }

    // Reads by declared key: the default is the key's, so it is written down once (ResumeAnalysisKeys).

    Optional<String> string(final ConfigKey key) {
        return string(key.name()).or(() -> fallback(key));
    }

    long number(final ConfigKey key) {
        return number(key.name(), Long.parseLong(key.defaultValue()));
    }

    int integer(final ConfigKey key) {
        return integer(key.name(), Integer.parseInt(key.defaultValue()));
    }

    boolean bool(final ConfigKey key) {
        return bool(key.name(), Boolean.parseBoolean(key.defaultValue()));
    }

    /** A key in milliseconds. */
    Duration millis(final ConfigKey key) {
        return Duration.ofMillis(number(key));
    }

    <E extends Enum<E>> E choice(final ConfigKey key, final Class<E> type) {
        return choice(key.name(), type, parse(key.defaultValue(), type));
    }

    private static Optional<String> fallback(final ConfigKey key) {
        return key.defaultValue().isEmpty() ? Optional.empty() : Optional.of(key.defaultValue());
    }

    private static <E extends Enum<E>> E parse(final String text, final Class<E> type) {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
