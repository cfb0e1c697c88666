package io.hirehub.topologies.query;

import java.util.Objects;

/**
 * Where another instance of an application answers queries: its {@code application.server}
 * ({@code host:port}).
 */
public record HostAddress(String host, int port) {

    public HostAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("not a host and port: " + host + ":" + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
