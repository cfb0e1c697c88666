package io.hirehub.stack;

import io.hirehub.runtime.config.ConfigKey;

/**
 * A port a part will bind and the setting that chose it, so a busy port can be reported by name.
 *
 * @param port the port (never 0: free ports are picked before claims are made)
 * @param key  the setting to change when the port is busy
 */
public record PortClaim(int port, ConfigKey key) {}
