package io.hirehub.runtime.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One configuration setting: its dotted lower-case key, its default (empty string when it has none)
 * and what it means. The environment variable is derived, never spelled twice. Each module declares
 * the keys it reads once, as constants of these (the launcher's {@code ConfigKeys}, connectors'
 * {@code CdcKeys}); the README's configuration table is checked against them.
 *
 * @param name         dotted lower-case key, e.g. {@code kafka.bootstrap.servers}
 * @param defaultValue the value when nothing sets it; empty means "not set"
 * @param description  one line for the README's configuration table and {@code --help}
 * @param secret       true when the value must never be printed or logged
 */
public record ConfigKey(String name, String defaultValue, String description, boolean secret) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*")) {
            throw new IllegalArgumentException("config key must be dotted lower-case: '" + name + "'");
        }
    }

    /** The environment variable that sets this key: {@code HIREHUB_} + upper case, dots as underscores. */
    public String envVar() {
        return envVarOf(name);
    }

    /** {@code HIREHUB_} + {@code key} in upper case, dots as underscores. */
    public static String envVarOf(final String key) {
        return "HIREHUB_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
