package io.hirehub.registry;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded schema registry: the Confluent Schema Registry REST API v1 (AVRO) on Javalin, with
 * its state in a compacted Kafka topic so ids survive restarts and several instances agree.
 *
 * <p>{@link #start()} replays the topic to its end before it accepts requests.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private final RegistrySettings settings;
    private final RegistryStore store;
    private Javalin app;
    private String url;

    /** A registry keeping its state in {@code settings.topic()} on {@code settings.kafkaBootstrapServers()}. */
    public SchemaRegistryServer(final RegistrySettings settings) {
        this(settings, new KafkaRegistryStore(settings));
    }

    /** A registry over another store (tests: {@link InMemoryRegistryStore}). */
    public SchemaRegistryServer(final RegistrySettings settings, final RegistryStore store) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Replays the log, then listens.
     *
     * @throws RegistryStartException with a message naming the cause (e.g. the busy port)
     */
    public synchronized SchemaRegistryServer start() {
        if (app != null) {
            return this;
        }
        final long started = System.nanoTime();
        final RegistryState state = new RegistryState();
        try {
            store.start(state::apply, settings.startupTimeout());
            final RegistryRoutes routes =
                    new RegistryRoutes(new RegistryService(state, store, settings.startupTimeout()));
            final Javalin created = Javalin.create(config -> {
                // Javalin 7's start-up watcher is a non-daemon thread that holds the JVM for seconds.
                config.startup.startupWatcherEnabled = false;
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = settings.host();
                config.jetty.port = settings.port();
                routes.register(config.routes);
            });
            created.start();
            app = created;
        } catch (JavalinBindException e) {
            store.close();
            throw new RegistryStartException(
                    "Schema registry cannot listen on " + settings.host() + ":" + settings.port() + ": port "
                            + settings.port() + " is already in use (choose another registry port)",
                    e);
        } catch (RuntimeException e) {
            store.close();
            if (e instanceof RegistryStartException) {
                throw e;
            }
            throw new RegistryStartException(
                    "Schema registry failed to start on " + settings.host() + ":" + settings.port() + ": "
                            + e.getMessage(),
                    e);
        }
        url = "http://" + settings.host() + ":" + app.port();
        LOG.info(
                "Schema registry listening on {} ({} log records from {} replayed in {} ms)",
                url,
                state.applied(),
                settings.topic(),
                (System.nanoTime() - started) / 1_000_000);
        return this;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8081}. */
    /** Hears the error when the registry stops following its log topic; call before {@link #start()}. */
    public SchemaRegistryServer onStoreFailure(final Consumer<Throwable> listener) {
        store.onFailure(listener);
        return this;
    }

    public synchronized String url() {
        if (url == null) {
            throw new IllegalStateException("schema registry not started");
        }
        return url;
    }

    /** The port actually listened on (useful with port 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("schema registry not started");
        }
        return app.port();
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
        store.close();
        url = null;
    }
}
