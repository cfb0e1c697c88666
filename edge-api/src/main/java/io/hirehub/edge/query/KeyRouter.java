package io.hirehub.edge.query;

import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreLocator;
import io.hirehub.topologies.query.StoreUnavailableException;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a query at the instance that owns its key. The key's owners come from the group's
 * assignment ({@link StoreLocator#owners}, e.g. {@link MatchQueries#owners}): this instance reads its active copy; another instance's
 * key is forwarded to it over HTTP once, carrying {@value #HOPS} so it is never forwarded twice.
 * During a rebalance (no owner, {@code NOT_AVAILABLE} is never a host to call), or when the owner
 * cannot answer: 503 with {@code Retry-After}, or, when the caller allows it ({@code allow_stale=true}),
 * a standby copy within {@link QuerySettings#maxStandbyLag} records, this instance's first (its lag is
 * known here), then the other standbys, each of which checks its own lag; the answer says how far
 * behind it may be in {@value #STALENESS}.
 */
public final class KeyRouter {

    /** Set on a forwarded query: how many times it was forwarded (1); such a query is never forwarded again. */
    public static final String HOPS = "HireHub-Hops";
    /** On an answer from a standby copy: at most how many records behind the active copy it is. */
    public static final String STALENESS = "HireHub-Staleness";
    /** Which instance answered ({@code host:port}, or {@code local} without an application.server). */
    public static final String SERVED_BY = "HireHub-Served-By";

    private static final Logger LOG = LoggerFactory.getLogger(KeyRouter.class);
    /** Partitions scanned for a standby's lag when the key's partition is unknown (during a rebalance). */
    private static final int MAX_PARTITIONS = 256;

    /** A read of this instance's copy, mapped to the answer's body; empty when the key is absent. */
    @FunctionalInterface
    public interface LocalRead {
        Optional<?> read(ReadFrom from);
    }

    private final String application;
    private final Supplier<Optional<StoreLocator>> queries;
    private final QuerySettings settings;
    private final HttpClient http;

    /** @param queries matching's query port, empty while (or where) matching does not run */
    public KeyRouter(final Supplier<Optional<MatchQueries>> queries, final QuerySettings settings) {
        this("matching", () -> queries.get().map(KeyRouter::locator), settings);
    }

    /**
     * @param application what runs the stores, for the 503 while it does not run here ({@code matching})
     * @param locator     the application's stores on this instance, empty while (or where) it does not run
     */
    public KeyRouter(
            final String application, final Supplier<Optional<StoreLocator>> locator, final QuerySettings settings) {
        this.application = Objects.requireNonNull(application, "application");
        this.queries = Objects.requireNonNull(locator, "locator");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.forwardTimeout())
                .build();
    }

    /** Answers {@code ctx} with {@code read} of {@code key} in {@code store}, wherever the key lives. */
    public void answer(
            final Context ctx, final MatchStore store, final String key, final LocalRead read, final String what) {
        answer(ctx, store.storeName(), key, read, what);
    }

    /** Answers {@code ctx} with {@code read} of {@code key} in the store called {@code store}, wherever it lives. */
    public void answer(
            final Context ctx, final String store, final String key, final LocalRead read, final String what) {
        final StoreLocator port = queries.get()
                .orElseThrow(() -> unavailable(application + " does not run on this instance; retry shortly"));
        final boolean forwarded = ctx.header(HOPS) != null;
        final boolean allowStale = "true".equalsIgnoreCase(ctx.queryParam("allow_stale"));
        final KeyOwners owners = port.owners(store, key);
        if (owners.local()) {
            try {
                respond(ctx, read.read(ReadFrom.ACTIVE), what, OptionalLong.empty(), "local");
                return;
            } catch (StoreUnavailableException e) {
                LOG.debug("store {} unavailable for an active read: {}", store, e.getMessage());
            }
        } else if (owners.active().isPresent()
                && !forwarded
                && forward(ctx, owners.active().get(), false)) {
            return;
        }
        if (allowStale) {
            final OptionalLong lag = localLag(port, store, owners.partition());
            if (lag.isPresent() && lag.getAsLong() <= settings.maxStandbyLag()) {
                try {
                    respond(ctx, read.read(ReadFrom.ACTIVE_OR_STANDBY), what, lag, "local");
                    return;
                } catch (StoreUnavailableException e) {
                    LOG.debug("store {} unavailable for a standby read: {}", store, e.getMessage());
                }
            }
            if (!forwarded) {
                for (final HostAddress standby : owners.standbys()) {
                    if (forward(ctx, standby, true)) {
                        return;
                    }
                }
            }
        }
        throw unavailable(
                owners.available()
                        ? "the owner of this key cannot answer now" + (forwarded ? " (not forwarded twice)" : "")
                                + "; retry"
                                + (allowStale ? "" : ", or pass allow_stale=true to accept a standby's answer")
                        : "the instances are rebalancing; retry"
                                + (allowStale ? "" : ", or pass allow_stale=true to accept a standby's answer"));
    }

    private void respond(
            final Context ctx, final Optional<?> body, final String what, final OptionalLong lag, final String by) {
        final Object value = body.orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, what));
        lag.ifPresent(records -> ctx.header(STALENESS, Long.toString(records)));
        if (ctx.res().getHeader(SERVED_BY) == null) {
            ctx.header(SERVED_BY, by);
        }
        Requests.json(ctx, value);
    }

    /** Relays the owner's answer; false when it did not answer or answered 503 (try elsewhere). */
    private boolean forward(final Context ctx, final HostAddress to, final boolean stale) {
        final String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("allow_stale"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        final String withStale = stale ? (query.isEmpty() ? "allow_stale=true" : query + "&allow_stale=true") : query;
        final URI uri = URI.create("http://" + to + ctx.path() + (withStale.isEmpty() ? "" : "?" + withStale));
        final HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(settings.forwardTimeout()).header(HOPS, "1");
        Optional.ofNullable(ctx.header("Authorization")).ifPresent(auth -> request.header("Authorization", auth));
        try {
            final HttpResponse<byte[]> answer =
                    http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == ProblemType.UNAVAILABLE.status()) {
                return false;
            }
            ctx.status(answer.statusCode());
            answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
            answer.headers().firstValue(STALENESS).ifPresent(value -> ctx.header(STALENESS, value));
            ctx.header(
                    SERVED_BY,
                    answer.headers()
                            .firstValue(SERVED_BY)
                            .filter(v -> !v.equals("local"))
                            .orElse(to.toString()));
            ctx.result(answer.body());
            return true;
        } catch (IOException e) {
            LOG.warn("forwarding a query to {} failed: {}", to, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static StoreLocator locator(final MatchQueries port) {
        return new StoreLocator() {
            @Override
            public KeyOwners owners(final String store, final String key) {
                return port.owners(matchStore(store), key);
            }

            @Override
            public OptionalLong localLag(final String store, final int partition) {
                return port.localLag(matchStore(store), partition);
            }
        };
    }

    private static MatchStore matchStore(final String name) {
        for (final MatchStore store : MatchStore.values()) {
            if (store.storeName().equals(name)) {
                return store;
            }
        }
        throw new IllegalArgumentException("no matching store " + name);
    }

    private static OptionalLong localLag(final StoreLocator port, final String store, final int partition) {
        if (partition >= 0) {
            return port.localLag(store, partition);
        }
        // The key's partition is unknown during a rebalance: bound the staleness by every local copy's lag.
        long max = -1;
        for (int p = 0; p < MAX_PARTITIONS; p++) {
            final OptionalLong lag = port.localLag(store, p);
            if (lag.isPresent()) {
                max = Math.max(max, lag.getAsLong());
            }
        }
        return max < 0 ? OptionalLong.empty() : OptionalLong.of(max);
    }

    private ApiException unavailable(final String detail) {
        return ApiException.unavailable(ProblemType.UNAVAILABLE, detail, settings.retryAfter());
    }

    private static String enc(final String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
