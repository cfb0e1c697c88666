package io.hirehub.stack;

import io.hirehub.runtime.Failures;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.runtime.health.PartFailedException;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.runtime.health.PartState;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.logging.Logging;
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
import java.util.function.Consumer;
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

    private EmbeddedStack(final HirehubSettings settings, final PartBoard board) {
        this.settings = settings;
        this.context = new StackContext(settings, board);
    }

    /** Starts the standard parts. */
    public static EmbeddedStack start(final HirehubSettings settings) {
        return start(settings, new PartBoard());
    }

    /** Starts the standard parts, reporting their states on {@code board}. */
    public static EmbeddedStack start(final HirehubSettings settings, final PartBoard board) {
        return start(settings, StackComponents.standard(settings), board);
    }

    public static EmbeddedStack start(final HirehubSettings settings, final List<StackComponent> components) {
        return start(settings, components, new PartBoard());
    }

    /** {@link #prepare} and {@link #startParts(List)} in one call. */
    public static EmbeddedStack start(
            final HirehubSettings settings, final List<StackComponent> components, final PartBoard board) {
        final EmbeddedStack stack = prepare(settings, board);
        stack.startParts(components);
        return stack;
    }

    /**
     * Takes the data dir (refusing one a running stack holds), cleans what a killed stack left there
     * ({@link Leftovers}) and starts writing {@code status.json}; starts no part yet. Closing the
     * result (e.g. from a shutdown hook) stops whatever {@link #startParts} has started so far.
     */
    public static EmbeddedStack prepare(final HirehubSettings settings, final PartBoard board) {
        final EmbeddedStack stack = new EmbeddedStack(settings, board);
        stack.lock = DataDirLock.acquire(settings.dataDir());
        try {
            new Leftovers(settings.dataDir(), Leftovers.Processes.SYSTEM)
                    .clean(stack.lock.previousHolder(), settings.shutdownTimeout());
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        StatusFile.follow(settings.dataDir(), board);
        return stack;
    }

    /** Starts the standard parts of this stack's settings. */
    public void startParts() {
        startParts(StackComponents.standard(settings), endpoints -> {});
    }

    /**
     * Starts the standard parts; {@code onEndpoints} hears the endpoints as soon as every
     * infrastructure part is up (before the processing parts are ready), once.
     */
    public void startParts(final Consumer<Endpoints> onEndpoints) {
        startParts(StackComponents.standard(settings), onEndpoints);
    }

    public void startParts(final List<StackComponent> components) {
        startParts(components, endpoints -> {});
    }

    /**
     * Starts {@code components}, each after the ones named in its {@link StackComponent#after()}
     * (names not in the list are ignored, so optional parts may be left out). On failure it closes
     * what started and throws a {@link StackException} whose message names the part.
     */
    public void startParts(final List<StackComponent> components, final Consumer<Endpoints> onEndpoints) {
        Objects.requireNonNull(components, "components");
        final EmbeddedStack stack = this;
        final PartBoard board = context.board();
        // Every part shows up in the status from the start, in start order.
        components.forEach(component -> component.parts().forEach(board::health));
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
            final CompletableFuture<?>[] infrastructure = components.stream()
                    .filter(StackComponent::infrastructure)
                    .map(component -> ready.get(component.name()))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(infrastructure).thenRun(() -> onEndpoints.accept(context.endpoints()));
            awaitAll(runs);
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        } finally {
            executor.shutdownNow();
        }
        stack.startupTime = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info("Stack ready in {} ms", stack.startupTime.toMillis());
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
        final PartHealth health = context.health(component.name());
        LOG.info("{} starting", component.name());
        try {
            component.start(context);
        } catch (PartFailedException e) {
            LOG.error(Logging.FILE_ONLY, "{} failed to start: {}", component.name(), e.getMessage(), e);
            markFailed(health, e.getCause() == null ? e : e.getCause());
            throw new StackException("cannot start " + e.getMessage(), e);
        } catch (StackException e) {
            LOG.error(Logging.FILE_ONLY, "{} failed to start: {}", component.name(), e.getMessage(), e);
            markFailed(health, e);
            throw e;
        } catch (Exception | Error e) {
            LOG.error(Logging.FILE_ONLY, "{} failed to start: {}", component.name(), Failures.describe(e), e);
            markFailed(health, e);
            throw new StackException("cannot start " + component.name() + ": " + Failures.describe(e), e);
        }
        final long millis = (System.nanoTime() - begin) / 1_000_000;
        if (health.status().state() == PartState.STARTING) {
            health.running("ready in " + millis + " ms");
        }
        LOG.info("{} ready in {} ms", component.name(), millis);
    }

    private static void markFailed(final PartHealth health, final Throwable cause) {
        if (health.status().state() != PartState.FAILED) {
            health.failed(cause);
        }
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
                            : new StackException(Failures.describe(e), e.getCause());
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

    /** Every part's state. */
    public PartBoard board() {
        return context.board();
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

    private void stopOne(final StackComponent component) {
        final long begin = System.nanoTime();
        component.parts().forEach(part -> context.health(part).stopping());
        try {
            component.close();
            LOG.info("{} stopped in {} ms", component.name(), (System.nanoTime() - begin) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", component.name(), e.toString(), e);
        } finally {
            component.parts().forEach(part -> context.health(part).stopped());
        }
    }
}
