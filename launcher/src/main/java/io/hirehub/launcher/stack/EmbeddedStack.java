package io.hirehub.launcher.stack;

import io.hirehub.launcher.config.HirehubSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole dev stack in one process: parts start in order (broker, topics, database, object
 * store, registry, then whatever later issues append) and close in reverse. Parts pointed at
 * external infrastructure start nothing and only publish their endpoint.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final HirehubSettings settings;
    private final List<StackComponent> started = new ArrayList<>();
    private final StackContext context;
    private DataDirLock lock;
    private Duration startupTime = Duration.ZERO;
    private boolean closed;

    private EmbeddedStack(final HirehubSettings settings) {
        this.settings = settings;
        this.context = new StackContext(settings);
    }

    /** Starts the standard parts. */
    public static EmbeddedStack start(final HirehubSettings settings) {
        return start(settings, StackComponents.standard(settings));
    }

    /**
     * Starts {@code components} in order; on failure closes what started and throws a
     * {@link StackException} whose message names the part.
     */
    public static EmbeddedStack start(final HirehubSettings settings, final List<StackComponent> components) {
        Objects.requireNonNull(components, "components");
        final EmbeddedStack stack = new EmbeddedStack(settings);
        stack.lock = DataDirLock.acquire(settings.dataDir());
        final long begin = System.nanoTime();
        try {
            for (final StackComponent component : components) {
                for (final PortClaim claim : component.portClaims()) {
                    Ports.ensureFree(settings.host(), claim.port(), claim.key());
                }
            }
            for (final StackComponent component : components) {
                final long partBegin = System.nanoTime();
                stack.started.add(component);
                try {
                    component.start(stack.context);
                } catch (StackException e) {
                    throw e;
                } catch (Exception e) {
                    throw new StackException("cannot start " + component.name() + ": " + rootMessage(e), e);
                }
                LOG.info("{} started in {} ms", component.name(), (System.nanoTime() - partBegin) / 1_000_000);
            }
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
        stack.startupTime = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info("Stack ready in {} ms", stack.startupTime.toMillis());
        return stack;
    }

    public Endpoints endpoints() {
        return context.endpoints();
    }

    public HirehubSettings settings() {
        return settings;
    }

    /** Wall time from the first part's start to the last part's readiness. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Closes every started part in reverse order; one part failing to stop does not keep the others running. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = started.size() - 1; i >= 0; i--) {
            final StackComponent component = started.get(i);
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("{} did not stop cleanly: {}", component.name(), e.toString());
            }
        }
        started.clear();
        if (lock != null) {
            try {
                lock.close();
            } catch (Exception e) {
                LOG.warn("cannot release the data dir lock: {}", e.toString());
            }
        }
    }

    private static String rootMessage(final Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
