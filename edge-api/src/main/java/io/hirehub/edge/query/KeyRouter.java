package io.hirehub.edge.query;

import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Json;
import io.hirehub.edge.http.JsonAnswer;
import io.hirehub.edge.http.Params;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * known here), then the other standbys least lagged first (each asked its lag over
 * {@value #LAG_PATH}), each of which checks its own lag again; the answer says how far behind it may
 * be in {@value #STALENESS}.
 *
 * <p>Read-your-writes: a read passing {@value #MIN_POSITION} (a write's {@code HireHub-Position}) is
 * answered by the owner only once its copy {@link Positioned#reflects reflects} that position; the
 * owner polls its store for up to {@link QuerySettings#positionWait}, then answers 503 with
 * {@code Retry-After}, never an answer from before the write. A standby answers such a read only
 * when it already reflects the position. Routes whose store does not track positions refuse it (400).
 */
public final class KeyRouter {

    /** Set on a forwarded query: how many times it was forwarded (1); such a query is never forwarded again. */
    public static final String HOPS = "HireHub-Hops";
    /** On an answer from a standby copy: at most how many records behind the active copy it is. */
    public static final String STALENESS = "HireHub-Staleness";
    /** Which instance answered ({@code host:port}, or {@code local} without an application.server). */
    public static final String SERVED_BY = "HireHub-Served-By";
    /** Query parameter: answer only once the store reflects this source position (a write's HireHub-Position). */
    public static final String MIN_POSITION = "min_position";

    /** Whether a store's answers say which source position they reflect ({@link Positioned}). */
    public enum Positions {
        /** Answers are {@link Positioned}: {@value #MIN_POSITION} is honoured. */
        TRACKED,
        /** The store does not track positions: a read with {@value #MIN_POSITION} is refused. */
        UNTRACKED
    }

    private static final Duration POLL = Duration.ofMillis(20);
    /** Where an instance answers its lag on a store's partition (see {@link #registerLag}). */
    public static final String LAG_PATH = "/v1/internal/lag/";

    private static final Logger LOG = LoggerFactory.getLogger(KeyRouter.class);
    /** Partitions scanned for a standby's lag when the key's partition is unknown (during a rebalance). */
    private static final int MAX_PARTITIONS = 256;

    /**
     * A read of this instance's copy, mapped to the answer's body; empty when the key is absent. A
     * {@link JsonAnswer} body is sent as it was encoded (and asked about positions through its value).
     */
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
     * @param application what runs the stores ({@code matching}): named in the 503 while it does not
     *                    run here, and in the path of its lag route
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
        answer(ctx, store.storeName(), key, read, what, Positions.UNTRACKED);
    }

    /** As {@link #answer(Context, MatchStore, String, LocalRead, String)}, with the store given by name. */
    public void answer(
            final Context ctx, final String store, final String key, final LocalRead read, final String what) {
        answer(ctx, store, key, read, what, Positions.UNTRACKED);
    }

    /** As {@link #answer(Context, String, String, LocalRead, String, Positions)} for a match store. */
    public void answer(
            final Context ctx,
            final MatchStore store,
            final String key,
            final LocalRead read,
            final String what,
            final Positions positions) {
        answer(ctx, store.storeName(), key, read, what, positions);
    }

    /**
     * As {@link #answer(Context, String, String, LocalRead, String)}; with {@link Positions#TRACKED}
     * the read's answers are {@link Positioned} and a {@value #MIN_POSITION} is waited for.
     */
    public void answer(
            final Context ctx,
            final String store,
            final String key,
            final LocalRead read,
            final String what,
            final Positions positions) {
        final Optional<Long> minPosition = Params.queryLong(ctx, MIN_POSITION);
        if (minPosition.isPresent() && positions == Positions.UNTRACKED) {
            throw ApiException.invalid(
                    MIN_POSITION, "this store does not track source positions; only a job's matches honour it");
        }
        final StoreLocator port = queries.get()
                .orElseThrow(() -> unavailable(application + " does not run on this instance; retry shortly"));
        final boolean forwarded = ctx.header(HOPS) != null;
        final boolean allowStale = "true".equalsIgnoreCase(ctx.queryParam("allow_stale"));
        final KeyOwners owners = port.owners(store, key);
        if (owners.local()) {
            try {
                respond(ctx, awaitPosition(read, minPosition), what, OptionalLong.empty(), "local");
                return;
            } catch (StoreUnavailableException e) {
                LOG.debug("store {} unavailable for an active read: {}", store, e.getMessage());
            }
        } else if (owners.active().isPresent()
                && !forwarded
                && forward(ctx, owners.active().get(), false, minPosition.isPresent())) {
            return;
        }
        if (allowStale) {
            final OptionalLong lag = localLag(port, store, owners.partition());
            if (lag.isPresent() && lag.getAsLong() <= settings.maxStandbyLag()) {
                try {
                    final Optional<?> body = read.read(ReadFrom.ACTIVE_OR_STANDBY);
                    if (minPosition.isEmpty() || reflects(body, minPosition.get())) {
                        respond(ctx, body, what, lag, "local");
                        return;
                    }
                } catch (StoreUnavailableException e) {
                    LOG.debug("store {} unavailable for a standby read: {}", store, e.getMessage());
                }
            }
            if (!forwarded) {
                for (final HostAddress standby : byLag(ctx, store, owners.partition(), owners.standbys())) {
                    if (forward(ctx, standby, true, false)) {
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

    /**
     * This instance's active answer; with a minimum position, polls until the answer reflects it, for
     * up to {@link QuerySettings#positionWait}, then a 503: an answer from before the write is never given.
     */
    private Optional<?> awaitPosition(final LocalRead read, final Optional<Long> minPosition) {
        Optional<?> body = read.read(ReadFrom.ACTIVE);
        if (minPosition.isEmpty()) {
            return body;
        }
        final long deadline = System.nanoTime() + settings.positionWait().toNanos();
        while (!reflects(body, minPosition.get())) {
            if (System.nanoTime() - deadline >= 0) {
                throw unavailable("this instance's store has not applied position " + minPosition.get()
                        + " within " + settings.positionWait().toMillis() + " ms ("
                        + (body.isPresent() ? "its answer is older" : "it holds nothing under this key yet")
                        + "); retry with the same min_position");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable("interrupted while waiting for position " + minPosition.get() + "; retry");
            }
            body = read.read(ReadFrom.ACTIVE);
        }
        return body;
    }

    private static boolean reflects(final Optional<?> body, final long position) {
        return body.map(answer -> answer instanceof JsonAnswer encoded ? encoded.value() : answer)
                .filter(Positioned.class::isInstance)
                .map(Positioned.class::cast)
                .filter(answer -> answer.reflects(position))
                .isPresent();
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
    private boolean forward(final Context ctx, final HostAddress to, final boolean stale, final boolean waits) {
        final String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("allow_stale"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        final String withStale = stale ? (query.isEmpty() ? "allow_stale=true" : query + "&allow_stale=true") : query;
        final URI uri = URI.create("http://" + to + ctx.path() + (withStale.isEmpty() ? "" : "?" + withStale));
        // The owner may wait for a min_position: give it that long on top of the usual timeout.
        final Duration timeout =
                waits ? settings.forwardTimeout().plus(settings.positionWait()) : settings.forwardTimeout();
        final HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(timeout).header(HOPS, "1");
        Optional.ofNullable(ctx.header("Authorization")).ifPresent(auth -> request.header("Authorization", auth));
        try {
            final HttpResponse<byte[]> answer =
                    http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == ProblemType.UNAVAILABLE.status() && !waits) {
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

    /**
     * The internal route another instance asks for this instance's lag on a store's partition
     * ({@value #LAG_PATH}{application}/{store}/{partition}: {@code {"lag": records}}, 404 when it holds no copy), so
     * a caller can try the least-lagged standby first.
     */
    public void registerLag(final ApiRoutes routes) {
        routes.get(LAG_PATH + application + "/{store}/{partition}", ctx -> {
                    final String store = ctx.pathParam("store");
                    final int partition = parsePartition(ctx.pathParam("partition"));
                    final StoreLocator port = queries.get()
                            .orElseThrow(
                                    () -> unavailable(application + " does not run on this instance; retry shortly"));
                    final OptionalLong lag = lagOrEmpty(port, store, partition);
                    if (lag.isEmpty()) {
                        throw new ApiException(
                                ProblemType.NOT_FOUND, "no copy of " + store + " partition " + partition + " here");
                    }
                    Requests.json(ctx, new Lag(store, partition, lag.getAsLong()));
                })
                .summary("Internal: this instance's lag (records) on its copy of a store's partition")
                // Public like /metrics, which carries the same lag: instances ask each other without a user.
                .access(Access.PUBLIC)
                .pathParam("store", "the store's name, e.g. " + MatchStore.JOB_TOP.storeName())
                .pathParam("partition", "the partition")
                .ok(200, Lag.class);
    }

    /** An unknown store name holds no copy here. */
    private static OptionalLong lagOrEmpty(final StoreLocator port, final String store, final int partition) {
        try {
            return port.localLag(store, partition);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** This instance's lag on its copy of a store's partition. */
    public record Lag(String store, int partition, long lag) {}

    private static int parsePartition(final String text) {
        try {
            final int partition = Integer.parseInt(text);
            if (partition >= 0) {
                return partition;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(ProblemType.NOT_FOUND, "no partition " + text);
    }

    /**
     * The standbys, least lagged first: each is asked its lag (a short internal call, on the stale
     * path only, when there is more than one); one that does not answer goes last.
     */
    private List<HostAddress> byLag(
            final Context ctx, final String store, final int partition, final List<HostAddress> standbys) {
        if (standbys.size() < 2 || partition < 0) {
            return standbys;
        }
        final Map<HostAddress, Long> lags = new HashMap<>();
        for (final HostAddress standby : standbys) {
            lags.put(standby, askLag(ctx, standby, store, partition));
        }
        final List<HostAddress> ordered = new ArrayList<>(standbys);
        ordered.sort(Comparator.comparingLong(lags::get));
        return ordered;
    }

    private long askLag(final Context ctx, final HostAddress to, final String store, final int partition) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + to + LAG_PATH + application + "/" + enc(store) + "/" + partition))
                .timeout(settings.forwardTimeout())
                .header(HOPS, "1");
        try {
            final HttpResponse<byte[]> answer =
                    http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200) {
                return Json.mapper().readTree(answer.body()).path("lag").asLong(Long.MAX_VALUE);
            }
        } catch (IOException e) {
            LOG.debug("asking {} for its lag failed: {}", to, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Long.MAX_VALUE;
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
