package io.hirehub.edge;

import io.hirehub.edge.auth.Authenticator;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.AuthFilter;
import io.hirehub.edge.http.Json;
import io.hirehub.edge.http.ProblemMapper;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.http.RouteSpec;
import io.hirehub.edge.write.NewResume;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: one Javalin server over the routes of the feature packages it is given. Every
 * route goes through the authentication filter (its {@link io.hirehub.edge.http.Access}), every
 * error through {@link ProblemMapper}, every answer is timed per route into the meter registry.
 * {@link #close()} stops accepting, lets requests in flight finish within the grace period, then
 * returns; the caller closes what the routes use (pools, streams) after it.
 */
public final class EdgeApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeApp.class);
    /** Multipart bodies: the file limit plus room for the form fields. */
    private static final long MAX_REQUEST_BYTES = NewResume.MAX_BYTES + 256 * 1024;

    private final EdgeSettings settings;
    private final Authenticator authenticator;
    private final List<RouteGroup> features;
    private final MeterRegistry meters;
    private final ApiRoutes routes = new ApiRoutes();
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private Javalin app;

    /**
     * @param features the feature packages' routes, operations pages included, in declaration order
     * @param meters   where per-route HTTP timings go ({@code http.server.requests})
     */
    public EdgeApp(
            final EdgeSettings settings,
            final Authenticator authenticator,
            final List<RouteGroup> features,
            final MeterRegistry meters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.features = List.copyOf(features);
        this.meters = Objects.requireNonNull(meters, "meters");
        features.forEach(feature -> feature.register(routes));
    }

    /** Every declared route (what {@code /openapi.json} describes). */
    public List<RouteSpec> routes() {
        return routes.all();
    }

    /** Binds and serves; throws when the port is taken. */
    public synchronized EdgeApp start() {
        if (app != null) {
            return this;
        }
        final Javalin created = Javalin.create(config -> {
            // Javalin 7's start-up watcher is a non-daemon thread that holds the JVM for seconds.
            config.startup.startupWatcherEnabled = false;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(NewResume.MAX_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            // No per-connection header cache: matching every header line (the bearer token the longest)
            // against its trie cost twice what building the fields afresh does (profiled on store reads).
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
            config.jetty.modifyServer(server -> {
                // Stop accepting, then let requests in flight finish within the grace period.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(settings.shutdownGrace().toMillis());
            });
            config.requestLogger.http((ctx, millis) -> {
                final Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
                timer(ctx.method().name(), endpoint == null ? "unmatched" : endpoint.path, ctx.statusCode())
                        .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
            });
            config.routes.beforeMatched(new AuthFilter(authenticator));
            ProblemMapper.install(config.routes);
            routes.install(config.routes);
        });
        created.start();
        app = created;
        LOG.info("Edge listening on {} ({} routes)", url(), routes.all().size());
        return this;
    }

    /** The timer of a method, route and status: built and registered once, not on every request. */
    private Timer timer(final String method, final String route, final int status) {
        return timers.computeIfAbsent(
                new TimerKey(method, route, status),
                key -> Timer.builder("http.server.requests")
                        .description("HTTP requests by route")
                        .tag("method", key.method())
                        .tag("route", key.route())
                        .tag("status", Integer.toString(key.status()))
                        .publishPercentileHistogram()
                        .register(meters));
    }

    private record TimerKey(String method, String route, int status) {}

    /** Base URL, e.g. {@code http://localhost:8080}. */
    public synchronized String url() {
        if (app == null) {
            throw new IllegalStateException("the edge is not started");
        }
        return "http://" + settings.host() + ":" + app.port();
    }

    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("the edge is not started");
        }
        return app.port();
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            try {
                app.stop();
                LOG.info("Edge stopped");
            } catch (JavalinException e) {
                // Jetty stops anyway once the grace period is over; idle keep-alive connections end here too.
                LOG.warn(
                        "Edge stopped after the {} ms grace period with connections still open: {}",
                        settings.shutdownGrace().toMillis(),
                        e.getCause() == null ? e.toString() : e.getCause().toString());
            } finally {
                app = null;
            }
        }
    }
}
