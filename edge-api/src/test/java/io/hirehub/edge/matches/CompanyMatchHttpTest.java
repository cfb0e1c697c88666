package io.hirehub.edge.matches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.edge.EdgeApp;
import io.hirehub.edge.NoDatabaseEdge;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.Bodies;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.http.RouteSpec;
import io.hirehub.edge.jobs.CompanyJobs;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsAnswer;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsRequest;
import io.hirehub.edge.openapi.OpenApiDocument;
import io.hirehub.edge.query.KeyRouter;
import io.hirehub.edge.query.PeerClient;
import io.hirehub.edge.query.PeerUnavailableException;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.topologies.query.HostAddress;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTP without a database: the company-wide read and its internal route refuse callers without
 * a valid token before anything is read, both are described for {@code /openapi.json}, and the
 * {@link PeerClient} the instances ask each other with sends one hop with the caller's token and maps
 * every failure of the other instance to {@link PeerUnavailableException}.
 */
class CompanyMatchHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuerySettings SETTINGS =
            new QuerySettings(100, Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final CountDownLatch release = new CountDownLatch(1);
    private EdgeApp app;

    /** Never asked: every request here is refused before a company's jobs are looked up. */
    private static final class NoJobs implements CompanyJobs {
        @Override
        public boolean companyExists(final UUID company) {
            throw new AssertionError("looked up a company");
        }

        @Override
        public List<UUID> openJobs(final UUID company, final int max) {
            throw new AssertionError("looked up open jobs");
        }

        @Override
        public Set<UUID> notOf(final UUID company, final Collection<UUID> jobs) {
            throw new AssertionError("looked up jobs");
        }
    }

    @BeforeEach
    void start() {
        final CompanyMatchRoutes routes = new CompanyMatchRoutes(
                new NoJobs(),
                new CompanyMatchGather(
                        Optional::empty,
                        (to, request, authorization) -> {
                            throw new AssertionError("asked a peer");
                        },
                        SETTINGS));
        // A stand-in for another instance's internal route: echoes what it was sent, or fails as told.
        final RouteGroup peer = r -> {
            r.post("/peer/ok", ctx -> {
                        final JobTopsRequest request = Bodies.read(ctx, JobTopsRequest.class);
                        Requests.json(
                                ctx,
                                new JobTopsAnswer(List.of(new JobTop(
                                        request.jobIds().get(0).toString(),
                                        true,
                                        List.of(new CompanyMatchViews.CompanyMatchRow(
                                                request.jobIds().get(0).toString(),
                                                ctx.header(KeyRouter.HOPS) + "|" + ctx.header("Authorization"),
                                                "u",
                                                BigDecimal.ONE,
                                                request.perJob()))))));
                    })
                    .summary("peer ok")
                    .access(Access.PUBLIC);
            r.post("/peer/refuse", ctx -> {
                        throw ApiException.unavailable(
                                ProblemType.UNAVAILABLE, "this instance does not own job j1 actively", Duration.ZERO);
                    })
                    .summary("peer refusing")
                    .access(Access.PUBLIC);
            r.post("/peer/slow", ctx -> {
                        release.await(10, TimeUnit.SECONDS);
                        ctx.result("{}");
                    })
                    .summary("peer too slow")
                    .access(Access.PUBLIC);
            r.post("/peer/garbage", ctx -> ctx.result("not json"))
                    .summary("peer answering garbage")
                    .access(Access.PUBLIC);
        };
        app = NoDatabaseEdge.start(dir, Duration.ofSeconds(1), List.of(routes, peer));
    }

    @AfterEach
    void stop() {
        release.countDown();
        app.close();
    }

    private HostAddress self() {
        return new HostAddress("localhost", app.port());
    }

    private HttpResponse<String> send(final String method, final String path, final String authorization)
            throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(final HttpResponse<String> answer, final int status, final String slug)
            throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        final JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("/docs#problem-" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    @Test
    void shouldRefuseCallersWithoutAValidTokenBeforeReadingAnything() throws Exception {
        final String company = "/v1/companies/" + UUID.randomUUID() + "/matches";

        final HttpResponse<String> anonymous = send("GET", company, null);
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertProblem(send("GET", company + "?limit=0", null), 401, "unauthenticated");
        assertProblem(send("GET", company, "Bearer not-a-jwt"), 401, "unauthenticated");
        assertProblem(send("POST", CompanyMatchGather.INTERNAL_PATH, null), 401, "unauthenticated");
        assertProblem(send("POST", CompanyMatchGather.INTERNAL_PATH, "Bearer not-a-jwt"), 401, "unauthenticated");
    }

    @Test
    void shouldDescribeBothRoutesForTheOpenApiDocument() {
        final RouteSpec read = app.routes().stream()
                .filter(spec -> spec.path().equals("/v1/companies/{id}/matches"))
                .findFirst()
                .orElseThrow();
        assertThat(read.access()).isEqualTo(Access.USER);
        assertThat(read.params()).extracting(RouteSpec.Param::name).containsExactly("id", "limit", "per_job");
        assertThat(read.responses()).containsEntry(200, CompanyMatchViews.CompanyMatchesView.class);
        final RouteSpec internal = app.routes().stream()
                .filter(spec -> spec.path().equals(CompanyMatchGather.INTERNAL_PATH))
                .findFirst()
                .orElseThrow();
        assertThat(internal.access()).isEqualTo(Access.USER);
        assertThat(internal.requestBody()).contains(JobTopsRequest.class);

        final JsonNode doc = OpenApiDocument.of(app.routes(), "test");
        assertThat(doc.path("paths")
                        .path("/v1/companies/{id}/matches")
                        .path("get")
                        .path("parameters"))
                .extracting(param -> param.path("name").asText())
                .containsExactly("id", "limit", "per_job");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("CompanyMatchRow")
                        .path("properties")
                        .fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("job_id", "resume_id", "user_id", "overall_score", "rank");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("JobTopsRequest")
                        .path("properties")
                        .has("job_ids"))
                .isTrue();
    }

    @Test
    void shouldSendOneHopWithTheCallersTokenAndReadTheAnswer() {
        final UUID job = UUID.randomUUID();
        final JobTopsAnswer answer = new PeerClient(SETTINGS)
                .post(
                        self(),
                        "/peer/ok",
                        new JobTopsRequest(UUID.randomUUID(), List.of(job), 7),
                        Optional.of("Bearer abc"),
                        JobTopsAnswer.class)
                .join();

        assertThat(answer.tops()).hasSize(1);
        assertThat(answer.tops().get(0).jobId()).isEqualTo(job.toString());
        assertThat(answer.tops().get(0).matches().get(0).resumeId()).isEqualTo("1|Bearer abc");
        assertThat(answer.tops().get(0).matches().get(0).rank()).isEqualTo(7);
    }

    @Test
    void shouldNameTheInstanceAndWhyWhenItDoesNotGiveItsPart() throws Exception {
        final PeerClient client = new PeerClient(SETTINGS);
        final JobTopsRequest request = new JobTopsRequest(UUID.randomUUID(), List.of(UUID.randomUUID()), 1);

        assertPeerDown(
                () -> client.post(self(), "/peer/refuse", request, Optional.empty(), JobTopsAnswer.class)
                        .join(),
                "instance " + self() + " answered 503: this instance does not own job j1 actively");
        assertPeerDown(
                () -> client.post(self(), "/peer/slow", request, Optional.empty(), JobTopsAnswer.class)
                        .join(),
                "instance " + self() + " did not answer within 500 ms");
        assertPeerDown(
                () -> client.post(self(), "/peer/garbage", request, Optional.empty(), JobTopsAnswer.class)
                        .join(),
                "instance " + self() + " answered something unreadable");
        assertPeerDown(
                () -> client.post(self(), "/nowhere", request, Optional.empty(), JobTopsAnswer.class)
                        .join(),
                "instance " + self() + " answered 404: ");
        final int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertPeerDown(
                () -> client.post(
                                new HostAddress("localhost", closed),
                                "/peer/ok",
                                request,
                                Optional.empty(),
                                JobTopsAnswer.class)
                        .join(),
                "instance localhost:" + closed + " cannot be reached");
    }

    private static void assertPeerDown(final Runnable call, final String message) {
        assertThatThrownBy(call::run)
                .isInstanceOf(CompletionException.class)
                .satisfies(e -> assertThat(e.getCause())
                        .isInstanceOf(PeerUnavailableException.class)
                        .hasMessageContaining(message));
    }
}
