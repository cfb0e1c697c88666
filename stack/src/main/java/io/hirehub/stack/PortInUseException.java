package io.hirehub.stack;

import io.hirehub.runtime.config.ConfigKey;

/** A port the stack needs is already taken; the message names the port and the setting to change. */
public final class PortInUseException extends StackException {

    private static final long serialVersionUID = 1L;

    private final int port;

    public PortInUseException(final String host, final int port, final ConfigKey key) {
        super("port " + port + " on " + host + " is already in use (" + key.name() + "); set " + key.name() + " (env "
                + key.envVar() + ") to a free port, or 0 to pick one");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
