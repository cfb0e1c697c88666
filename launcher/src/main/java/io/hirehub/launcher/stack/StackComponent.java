package io.hirehub.launcher.stack;

import java.util.List;

/**
 * One part of the embedded stack (broker, database, object store, registry; later CDC, topologies,
 * edge). Parts start in list order, read what earlier parts published from the {@link StackContext}
 * and publish their own endpoints there; they close in reverse order.
 */
public interface StackComponent extends AutoCloseable {

    /** Short name for logs and errors, e.g. {@code kafka}. */
    String name();

    /** Ports this part will bind, checked before anything starts so a busy port fails fast. */
    default List<PortClaim> portClaims() {
        return List.of();
    }

    /** Starts the part; returns when it is ready to serve. */
    void start(StackContext context) throws Exception;

    /** Stops the part and releases its resources; must be safe to call when start failed half-way. */
    @Override
    void close() throws Exception;
}
