package io.hirehub.stack;

import io.hirehub.runtime.config.ConfigKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: resolving "0" to a free port, and checking a port before a part binds it. */
public final class Ports {

    private Ports() {}

    /** {@code configured}, or a currently free port when it is 0. */
    public static int resolve(final int configured) {
        return configured != 0 ? configured : freePort();
    }

    /** A port nobody listens on right now (the OS may hand it out again; good enough for dev and tests). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    /** Throws {@link PortInUseException} naming {@code key} when {@code port} on {@code host} cannot be bound. */
    public static void ensureFree(final String host, final int port, final ConfigKey key) {
        final InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new StackException("cannot resolve host '" + host + "' (host): " + e.getMessage());
        }
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR like the servers themselves, so a port only lingering in TIME_WAIT is not "busy".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new PortInUseException(host, port, key);
        }
    }
}
