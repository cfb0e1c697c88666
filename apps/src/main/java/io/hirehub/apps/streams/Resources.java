package io.hirehub.apps.streams;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients an application opens before it runs (registry, database pool, object store, providers),
 * closed in the reverse of the order they were opened, like try-with-resources: once the application
 * stops, or at once when it cannot be built. A resource that fails to close is logged and the rest
 * still close.
 */
public final class Resources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Resources.class);

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /** Keeps {@code resource} to close it later, and returns it. */
    public synchronized <T extends AutoCloseable> T add(final T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!opened.isEmpty()) {
            final AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
