package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.write.InvalidFieldException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app shell without a database: errors as problems, authentication before handlers, graceful stop. */
class EdgeAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private EdgeApp app;

    @BeforeEach
    void start() {
        final RouteGroup routes = r -> {
            r.tag("test");
            r.get("/slow", ctx -> {
                        entered.countDown();
                        release.await(10, TimeUnit.SECONDS);
                        ctx.result("done");
                    })
                    .summary("slow")
                    .access(Access.PUBLIC);
            r.get("/conflict", ctx -> {
                        throw new ApiException(ProblemType.CONFLICT, "taken");
                    })
                    .summary("conflict")
                    .access(Access.PUBLIC);
            r.get("/fields", ctx -> {
                        throw new InvalidFieldException(List.of(
                                new InvalidFieldException("title", "is required"),
                                new InvalidFieldException("salary_max", "too low")));
                    })
                    .summary("fields")
                    .access(Access.PUBLIC);
            r.get("/bug", ctx -> {
                        throw new IllegalStateException("secret internals");
                    })
                    .summary("bug")
                    .access(Access.PUBLIC);
            r.get("/private", ctx -> ctx.result("never")).summary("private");
        };
        app = NoDatabaseEdge.start(dir, Duration.ofSeconds(3), List.of(routes));
    }

    @AfterEach
    void stop() {
        release.countDown();
        app.close();
    }

    @Test
    void shouldAnswerErrorsAsProblemJson() throws Exception {
        final HttpResponse<String> conflict = get("/conflict", null);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(conflict.body()).path("detail").asText()).isEqualTo("taken");

        final JsonNode fields = JSON.readTree(get("/fields", null).body());
        assertThat(fields.path("status").asInt()).isEqualTo(400);
        assertThat(fields.path("errors").findValuesAsText("field")).containsExactly("title", "salary_max");

        final HttpResponse<String> bug = get("/bug", null);
        assertThat(bug.statusCode()).isEqualTo(500);
        assertThat(bug.body()).doesNotContain("secret").contains("internal error (error id ");

        final HttpResponse<String> none = get("/nowhere", null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(none.body()).path("type").asText()).isEqualTo("/docs#problem-not-found");
    }

    @Test
    void shouldAuthenticateBeforeTheHandler() throws Exception {
        final HttpResponse<String> anonymous = get("/private", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(get("/private", "Basic abc").statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(get("/private", "Basic abc").body())
                        .path("detail")
                        .asText())
                .isEqualTo("the Authorization scheme must be Bearer, was basic");
    }

    @Test
    void shouldFinishARequestInFlightWhenClosedAndRefuseNewOnes() throws Exception {
        final CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(app.url() + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        final String url = app.url();

        final CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
        await().atMost(Duration.ofSeconds(10)).until(() -> refused(url + "/conflict"));
        release.countDown();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).isEqualTo("done");
        closing.get(10, TimeUnit.SECONDS);
    }

    private boolean refused(final String url) {
        try {
            HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            return false;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> get(final String path, final String authorization) throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
