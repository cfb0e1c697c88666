package io.hirehub.stack.config;

/** A setting is unknown or its value is malformed; the message names the key, the value and where it came from. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(final String message) {
        super(message);
    }
}
