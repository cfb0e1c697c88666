package io.hirehub.stack;

import java.util.List;

/**
 * One part of the embedded stack (broker, database, object store, registry; later CDC, topologies,
 * edge). A part starts once the parts it names in {@link #after()} are ready, so independent parts
 * start side by side; it reads what those published in the {@link StackContext} and publishes its
 * own endpoints there. Parts close in the reverse of the order they started.
 */
public interface StackComponent extends AutoCloseable {

    /** Short name for logs and errors, e.g. {@code kafka}. */
    String name();

    /** Names of the parts that must be ready before this one starts (e.g. the registry needs {@code kafka}). */
    default List<String> after() {
        return List.of();
    }

    /**
     * The names this part reports its state under in {@code hirehub status}: its own name, plus any
     * sub-part it runs on threads of its own (the resume pipeline's write-back).
     */
    default List<String> parts() {
        return List.of(name());
    }

    /**
     * Whether this part is infrastructure (broker, database, object store, registry and their setup)
     * rather than processing (CDC, the Streams applications): once every infrastructure part is up,
     * the stack's endpoints answer, before the processing parts are ready.
     */
    default boolean infrastructure() {
        return true;
    }

    /** Ports this part will bind, checked before anything starts so a busy port fails fast. */
    default List<PortClaim> portClaims() {
        return List.of();
    }

    /**
     * Starts the part; returns when it serves (ready means working: a Kafka Streams app RUNNING, the
     * CDC engine streaming, a write-back consuming). A part that runs threads of its own reports their
     * state through {@link StackContext#health(String)}; when it leaves its state at starting, the
     * stack marks it running once this returns.
     */
    void start(StackContext context) throws Exception;

    /** Stops the part and releases its resources; must be safe to call when start failed half-way. */
    @Override
    void close() throws Exception;
}
