package io.hirehub.edge.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.edge.EdgeApp;
import io.hirehub.edge.NoDatabaseEdge;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two edges in one JVM, each over its own fake of matching's query port: a key is answered where it
 * lives, forwarded once, never twice; a rebalance is a 503 with Retry-After, or a standby's answer
 * within the lag limit when the caller allows it.
 */
class KeyRouterTest {

    @TempDir
    Path dir;

    private final FakeQueries atA = new FakeQueries();
    private final FakeQueries atB = new FakeQueries();
    private final HttpClient http = HttpClient.newHttpClient();
    private EdgeApp a;
    private EdgeApp b;

    /** One instance's copy: values it holds, who it thinks owns keys, whether active reads work, its lag. */
    private static final class FakeQueries implements MatchQueries {
        final Map<String, String> values = new HashMap<>();
        /** A positioned store's values: key → the source position its answer reflects. */
        final Map<String, Long> positions = new ConcurrentHashMap<>();

        KeyOwners owners = new KeyOwners(0, Optional.empty(), List.of(), true);
        boolean activeReadable = true;
        OptionalLong lag = OptionalLong.empty();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<TopMatches> topMatches(
                final String jobId, final int offset, final int limit, final ReadFrom from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Values.RankedList> recommendations(final String userId, final ReadFrom from) {
            reads.incrementAndGet();
            if (from == ReadFrom.ACTIVE && !activeReadable) {
                throw new StoreUnavailableException("match-user-recommended", new IllegalStateException("rebalancing"));
            }
            return Optional.ofNullable(values.get(userId))
                    .map(job -> new Values.RankedList(
                            List.of(new Values.RankedMatch(job, "r", userId, java.math.BigDecimal.TEN))));
        }

        @Override
        public Optional<MatchDetail> detail(final PairKey pair, final ReadFrom from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyOwners owners(final MatchStore store, final String key) {
            return owners;
        }

        @Override
        public OptionalLong localLag(final MatchStore store, final int partition) {
            return partition == 0 ? lag : OptionalLong.empty();
        }

        @Override
        public Optional<String> servingProblem() {
            return Optional.empty();
        }
    }

    /** A positioned answer, as a job's top is. */
    record FakeTop(String key, long position) implements Positioned {
        @Override
        public boolean reflects(final long minPosition) {
            return position >= minPosition;
        }
    }

    @BeforeEach
    void start() {
        a = app(atA);
        b = app(atB);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    private EdgeApp app(final FakeQueries queries) {
        final KeyRouter router = new KeyRouter(
                () -> Optional.of(queries),
                new QuerySettings(100, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(300)));
        final RouteGroup routes = r -> r.get(
                        "/v1/users/{id}/recommendations",
                        ctx -> router.answer(
                                ctx,
                                MatchStore.USER_RECOMMENDED,
                                ctx.pathParam("id"),
                                from -> queries.recommendations(ctx.pathParam("id"), from),
                                "no recommendations"))
                .summary("test")
                .access(Access.PUBLIC);
        final RouteGroup tops = r -> r.get(
                        "/v1/tops/{id}",
                        ctx -> router.answer(
                                ctx,
                                MatchStore.JOB_TOP,
                                ctx.pathParam("id"),
                                from -> Optional.ofNullable(queries.positions.get(ctx.pathParam("id")))
                                        .map(position -> new FakeTop(ctx.pathParam("id"), position)),
                                "no top",
                                KeyRouter.Positions.TRACKED))
                .summary("test")
                .access(Access.PUBLIC);
        return NoDatabaseEdge.start(dir, Duration.ofSeconds(1), List.of(routes, tops, router::registerLag));
    }

    private static HostAddress address(final EdgeApp app) {
        return new HostAddress("localhost", app.port());
    }

    private HttpResponse<String> get(final EdgeApp app, final String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/v1/users/u1/recommendations" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> top(final EdgeApp app, final String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/v1/tops/j1" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerAtOnceWhenTheStoreAlreadyReflectsTheMinPosition() throws Exception {
        atA.positions.put("j1", 500L);

        final HttpResponse<String> answer = top(a, "?min_position=500");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"position\":500");
    }

    @Test
    void shouldWaitUntilTheStoreAppliesTheMinPosition() throws Exception {
        atA.positions.put("j1", 100L);
        CompletableFuture.runAsync(
                () -> atA.positions.put("j1", 700L), CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        final HttpResponse<String> answer = top(a, "?min_position=600");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .as("the answer after the write, not the one before")
                .contains("\"position\":700");
    }

    @Test
    void shouldAnswer503NotAStaleAnswerWhenTheStoreDoesNotReachTheMinPositionInTime() throws Exception {
        atA.positions.put("j1", 100L);

        final HttpResponse<String> answer = top(a, "?min_position=600");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
        assertThat(answer.body())
                .contains("has not applied position 600 within 300 ms (its answer is older)")
                .doesNotContain("\"position\":100");
    }

    @Test
    void shouldWaitRatherThanAnswer404ForAKeyNotYetInTheStore() throws Exception {
        final HttpResponse<String> answer = top(a, "?min_position=600");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("it holds nothing under this key yet");
        assertThat(top(a, "").statusCode()).as("without min_position: 404").isEqualTo(404);
    }

    @Test
    void shouldRefuseMinPositionWhereTheStoreDoesNotTrackPositionsAndWhenMalformed() throws Exception {
        atA.values.put("u1", "job-1");

        final HttpResponse<String> untracked = get(a, "?min_position=5");
        final HttpResponse<String> malformed = top(a, "?min_position=0/16B3748");

        assertThat(untracked.statusCode()).isEqualTo(400);
        assertThat(untracked.body()).contains("min_position").contains("does not track source positions");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("min_position").contains("must be a non-negative integer");
    }

    @Test
    void shouldLetTheOwnerWaitForTheMinPositionOfAForwardedRead() throws Exception {
        atA.owners = new KeyOwners(0, Optional.of(address(b)), List.of(), false);
        atB.positions.put("j1", 100L);
        CompletableFuture.runAsync(
                () -> atB.positions.put("j1", 900L), CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));

        final HttpResponse<String> answer = top(a, "?min_position=900");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"position\":900");
        assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY))
                .contains(address(b).toString());

        final HttpResponse<String> notYet = top(a, "?min_position=1000");
        assertThat(notYet.statusCode()).isEqualTo(503);
        assertThat(notYet.body()).as("the owner's own reason is relayed").contains("has not applied position 1000");
    }

    @Test
    void shouldAnswerALocalKeyFromTheLocalStore() throws Exception {
        atA.values.put("u1", "job-1");

        final HttpResponse<String> answer = get(a, "");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"job_id\":\"job-1\"");
        assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY)).contains("local");
        assertThat(answer.headers().firstValue(KeyRouter.STALENESS)).isEmpty();
    }

    @Test
    void shouldForwardAKeyOwnedElsewhereOnce() throws Exception {
        atA.owners = new KeyOwners(0, Optional.of(address(b)), List.of(), false);
        atB.values.put("u1", "job-at-b");

        final HttpResponse<String> answer = get(a, "");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("job-at-b");
        assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY))
                .contains(address(b).toString());
        assertThat(atA.reads).hasValue(0);
    }

    @Test
    void shouldNeverForwardTwiceWhenTheInstancesDisagreeAboutTheOwner() throws Exception {
        atA.owners = new KeyOwners(0, Optional.of(address(b)), List.of(), false);
        atB.owners = new KeyOwners(0, Optional.of(address(a)), List.of(), false);

        final HttpResponse<String> answer = get(a, "");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
        assertThat(answer.body()).contains("the owner of this key cannot answer now");
        assertThat(atA.reads.get() + atB.reads.get()).isZero();
    }

    @Test
    void shouldAnswer503WithRetryAfterDuringARebalanceAndCallNobody() throws Exception {
        atA.owners = KeyOwners.unavailable();
        atA.values.put("u1", "job-1");

        final HttpResponse<String> answer = get(a, "");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
        assertThat(answer.body()).contains("rebalancing").contains("allow_stale=true");
        assertThat(atA.reads).hasValue(0);
    }

    @Test
    void shouldAnswerFromALocalStandbyWithinTheLagLimitWhenAllowed() throws Exception {
        atA.owners = KeyOwners.unavailable();
        atA.activeReadable = false;
        atA.values.put("u1", "job-standby");
        atA.lag = OptionalLong.of(42);

        final HttpResponse<String> answer = get(a, "?allow_stale=true");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("job-standby");
        assertThat(answer.headers().firstValue(KeyRouter.STALENESS)).contains("42");
    }

    @Test
    void shouldRefuseAStandbyBeyondTheLagLimit() throws Exception {
        atA.owners = KeyOwners.unavailable();
        atA.values.put("u1", "job-standby");
        atA.lag = OptionalLong.of(101);

        assertThat(get(a, "?allow_stale=true").statusCode()).isEqualTo(503);
        assertThat(atA.reads).hasValue(0);
    }

    @Test
    void shouldTryTheRemoteStandbyWhenTheOwnerCannotAnswer() throws Exception {
        atA.owners = new KeyOwners(0, Optional.of(new HostAddress("localhost", 1)), List.of(address(b)), false);
        atB.owners = KeyOwners.unavailable();
        atB.activeReadable = false;
        atB.values.put("u1", "job-at-standby");
        atB.lag = OptionalLong.of(3);

        final HttpResponse<String> answer = get(a, "?allow_stale=true");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("job-at-standby");
        assertThat(answer.headers().firstValue(KeyRouter.STALENESS)).contains("3");
        assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY))
                .contains(address(b).toString());
    }

    @Test
    void shouldTryTheLeastLaggedRemoteStandbyFirst() throws Exception {
        final FakeQueries atC = new FakeQueries();
        final EdgeApp c = app(atC);
        try {
            atA.owners = new KeyOwners(0, Optional.empty(), List.of(address(b), address(c)), false);
            for (final FakeQueries standby : List.of(atB, atC)) {
                standby.owners = KeyOwners.unavailable();
                standby.activeReadable = false;
            }
            atB.values.put("u1", "job-at-b");
            atB.lag = OptionalLong.of(80);
            atC.values.put("u1", "job-at-c");
            atC.lag = OptionalLong.of(7);

            final HttpResponse<String> answer = get(a, "?allow_stale=true");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body())
                    .as("C is listed second but 7 records behind, B 80")
                    .contains("job-at-c");
            assertThat(answer.headers().firstValue(KeyRouter.STALENESS)).contains("7");
            assertThat(atB.reads).as("B was asked its lag, not read").hasValue(0);
        } finally {
            c.close();
        }
    }

    @Test
    void shouldAnswerItsLagOnAPartitionOverTheInternalRoute() throws Exception {
        atA.lag = OptionalLong.of(12);

        final HttpResponse<String> lag = http.send(
                HttpRequest.newBuilder(URI.create(a.url() + KeyRouter.LAG_PATH + "matching/match-job-top/0"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        final HttpResponse<String> none = http.send(
                HttpRequest.newBuilder(URI.create(a.url() + KeyRouter.LAG_PATH + "matching/match-job-top/3"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        final HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create(a.url() + KeyRouter.LAG_PATH + "matching/NOPE/0"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(lag.statusCode()).isEqualTo(200);
        assertThat(lag.body()).contains("\"lag\":12").contains("\"partition\":0");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer404ForAKeyTheOwnerDoesNotHold() throws Exception {
        final HttpResponse<String> answer = get(a, "");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("no recommendations");
    }

    @Test
    void shouldCarryQueryParametersToTheOwner() throws Exception {
        final List<String> seen = new ArrayList<>();
        atA.owners = new KeyOwners(0, Optional.of(address(b)), List.of(), false);
        atB.values.put("u1", "job-x");
        seen.add(get(a, "?allow_stale=false&limit=5").body());

        assertThat(seen.get(0)).contains("job-x");
    }
}
