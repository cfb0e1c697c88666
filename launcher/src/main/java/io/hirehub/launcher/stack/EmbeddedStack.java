package io.hirehub.launcher.stack;

import io.hirehub.launcher.config.HirehubSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole dev stack in one process. Each part starts as soon as the parts it depends on are
 * ready (broker, database and object store side by side; the registry after the broker), and
 * parts close in the reverse of the order they started. Parts pointed at external
 * infrastructure start nothing and only publish their endpoint.
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
     * Starts {@code components}, each after the ones named in its {@link StackComponent#after()}
     * (names not in the list are ignored, so optional parts may be left out). On failure it closes
     * what started and throws a {@link StackException} whose message names the part.
     */
    public static EmbeddedStack start(final HirehubSettings settings, final List<StackComponent> components) {
        Objects.requireNonNull(components, "components");
        final EmbeddedStack stack = new EmbeddedStack(settings);
        stack.lock = DataDirLock.acquire(settings.dataDir());
        final long begin = System.nanoTime();
        final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            final Thread thread = new Thread(runnable, "hirehub-stack-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (final StackComponent component : components) {
                for (final PortClaim claim : component.portClaims()) {
                    Ports.ensureFree(settings.host(), claim.port(), claim.key());
                }
            }
            // One promise per part, completed when it is ready, so a part may name one listed after it.
            final Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
            components.forEach(component -> ready.put(component.name(), new CompletableFuture<>()));
            requireNoCycle(components);
            final List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (final StackComponent component : components) {
                final CompletableFuture<?>[] dependencies = component.after().stream()
                        .map(ready::get)
                        .filter(Objects::nonNull)
                        .toArray(CompletableFuture[]::new);
                final CompletableFuture<Void> run =
                        CompletableFuture.allOf(dependencies).thenRunAsync(() -> stack.startOne(component), executor);
                run.whenComplete((ignored, error) -> {
                    if (error == null) {
                        ready.get(component.name()).complete(null);
                    } else {
                        ready.get(component.name()).completeExceptionally(error);
                    }
                });
                runs.add(run);
            }
            awaitAll(runs);
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        } finally {
            executor.shutdownNow();
        }
        stack.startupTime = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info("Stack ready in {} ms", stack.startupTime.toMillis());
        return stack;
    }

    /** A dependency cycle would wait forever; refuse it up front, naming a part on the cycle. */
    private static void requireNoCycle(final List<StackComponent> components) {
        final Map<String, List<String>> graph = new LinkedHashMap<>();
        components.forEach(c -> graph.put(c.name(), c.after()));
        final Map<String, Integer> state = new java.util.HashMap<>();
        for (final String name : graph.keySet()) {
            visit(name, graph, state);
        }
    }

    private static void visit(
            final String name, final Map<String, List<String>> graph, final Map<String, Integer> state) {
        final int seen = state.getOrDefault(name, 0);
        if (seen == 2 || !graph.containsKey(name)) {
            return;
        }
        if (seen == 1) {
            throw new IllegalArgumentException("stack parts depend on each other in a cycle through " + name);
        }
        state.put(name, 1);
        graph.get(name).forEach(dependency -> visit(dependency, graph, state));
        state.put(name, 2);
    }

    private void startOne(final StackComponent component) {
        final long begin = System.nanoTime();
        synchronized (this) {
            if (closed) {
                throw new StackException("stack closed while starting " + component.name());
            }
            started.add(component);
        }
        try {
            component.start(context);
        } catch (StackException e) {
            throw e;
        } catch (Exception e) {
            throw new StackException("cannot start " + component.name() + ": " + rootMessage(e), e);
        }
        LOG.info("{} ready in {} ms", component.name(), (System.nanoTime() - begin) / 1_000_000);
    }

    /** Waits for every part; the first failure (in declaration order) is rethrown once all have settled. */
    private static void awaitAll(final Iterable<CompletableFuture<Void>> futures) {
        RuntimeException first = null;
        for (final CompletableFuture<Void> future : futures) {
            try {
                future.join();
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new StackException(rootMessage(e), e.getCause());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    public Endpoints endpoints() {
        return context.endpoints();
    }

    public HirehubSettings settings() {
        return settings;
    }

    /** The started part of {@code type}, if any (e.g. matching, for interactive queries). */
    public <T extends StackComponent> java.util.Optional<T> component(final Class<T> type) {
        synchronized (this) {
            return started.stream().filter(type::isInstance).map(type::cast).findFirst();
        }
    }

    /** Wall time from the first part's start to the last part's readiness. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Stops every started part: a part stops once every started part that runs after it (names it
     * in {@link StackComponent#after()}) has stopped, and independent parts stop side by side, so
     * the Kafka Streams apps and the CDC runner spend their close budgets concurrently rather than
     * one after another. One part failing to stop does not keep the others running.
     */
    @Override
    public void close() {
        final List<StackComponent> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(started);
            started.clear();
        }
        final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            final Thread thread = new Thread(runnable, "hirehub-stack-stop");
            thread.setDaemon(true);
            return thread;
        });
        try {
            final Map<String, CompletableFuture<Void>> stopped = new LinkedHashMap<>();
            toClose.forEach(component -> stopped.put(component.name(), new CompletableFuture<>()));
            for (final StackComponent component : toClose) {
                final CompletableFuture<?>[] dependents = toClose.stream()
                        .filter(other -> other.after().contains(component.name()))
                        .map(other -> stopped.get(other.name()))
                        .toArray(CompletableFuture[]::new);
                CompletableFuture.allOf(dependents)
                        .thenRunAsync(() -> stopOne(component), executor)
                        .whenComplete((ignored, error) ->
                                stopped.get(component.name()).complete(null));
            }
            CompletableFuture.allOf(stopped.values().toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            executor.shutdownNow();
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (Exception e) {
                LOG.warn("cannot release the data dir lock: {}", e.toString());
            }
        }
    }

    private static void stopOne(final StackComponent component) {
        final long begin = System.nanoTime();
        try {
            component.close();
            LOG.info("{} stopped in {} ms", component.name(), (System.nanoTime() - begin) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", component.name(), e.toString());
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
