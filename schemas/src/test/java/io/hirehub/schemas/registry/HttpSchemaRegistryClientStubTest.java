package io.hirehub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error mapping, headers and timeouts of the HTTP client against a scripted stub server. */
class HttpSchemaRegistryClientStubTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"io.hirehub.test\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> headers = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer stub;
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", this::answer);
        stub.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        stub.stop(0);
    }

    private void answer(final HttpExchange exchange) throws IOException {
        requests.add(
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery())
                        + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        headers.add(exchange.getRequestHeaders().getFirst("Content-Type") + "|"
                + exchange.getRequestHeaders().getFirst("Accept") + "|"
                + exchange.getRequestHeaders().getFirst("Authorization"));
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + stub.getAddress().getPort();
    }

    private HttpSchemaRegistryClient client() {
        return HttpSchemaRegistryClient.of(url());
    }

    @Test
    void shouldPostSchemaWithRegistryMediaTypeAndEncodedSubject() {
        body = "{\"id\":7}";

        assertThat(client().register("job.created value", SCHEMA)).isEqualTo(7);
        assertThat(requests)
                .containsExactly("POST /subjects/job.created%20value/versions {\"schema\":\""
                        + SCHEMA.toString().replace("\"", "\\\"") + "\"}");
        assertThat(headers.get(0))
                .isEqualTo("application/vnd.schemaregistry.v1+json|"
                        + "application/vnd.schemaregistry.v1+json, application/json|null");
    }

    @Test
    void shouldSendBasicAuthWhenConfigured() {
        body = "{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(SCHEMA.toString()) + "}";
        final HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(new RegistryClientSettings(
                URI.create(url()), Duration.ofSeconds(1), Duration.ofSeconds(2), Optional.of("svc:s3cret")));

        assertThat(client.getById(3)).isEqualTo(SCHEMA);
        assertThat(headers.get(0)).endsWith("|Basic c3ZjOnMzY3JldA==");
    }

    @Test
    void shouldMapInvalidSchemaCode() {
        status = 422;
        body = "{\"error_code\":42201,\"message\":\"Invalid schema\"}";

        assertThatThrownBy(() -> client().register("s-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.InvalidSchemaException.class)
                .hasMessage("Invalid schema")
                .satisfies(e -> {
                    assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(422);
                    assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(42201);
                });
    }

    @Test
    void shouldMapVersionNotFoundAndUnknownCodes() {
        status = 404;
        body = "{\"error_code\":40402,\"message\":\"Version 9 not found.\"}";
        assertThatThrownBy(() -> client().latest("s-value"))
                .isInstanceOf(SchemaRegistryException.VersionNotFoundException.class);

        status = 500;
        body = "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}";
        assertThatThrownBy(() -> client().latest("s-value"))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessage("Error in the backend data store");
    }

    @Test
    void shouldExplainNonRegistryErrorBodies() {
        status = 502;
        body = "<html>bad gateway</html>";

        assertThatThrownBy(() -> client().getById(1))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessage("Schema registry answered HTTP 502 to GET /schemas/ids/1: <html>bad gateway</html>");
    }

    @Test
    void shouldAskForVerboseCompatibility() {
        body = "{\"is_compatible\":false,\"messages\":[\"field x missing\"]}";

        final CompatibilityResult result = client().testCompatibility("s-value", "latest", SCHEMA);

        assertThat(result).isEqualTo(new CompatibilityResult(false, List.of("field x missing")));
        assertThat(requests.get(0)).startsWith("POST /compatibility/subjects/s-value/versions/latest?verbose=true ");
    }

    @Test
    void shouldReportMalformedSuccessAnswers() {
        body = "{\"identifier\":7}";

        assertThatThrownBy(() -> client().register("s-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("Schema registry answer for register under s-value lacks a numeric 'id'");
    }

    @Test
    void shouldTimeOutSlowRegistry() {
        hang = true;
        final HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(
                RegistryClientSettings.of(url()).withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("Schema registry " + url() + " did not answer GET /schemas/ids/1 within PT0.3S")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode())
                        .isEqualTo(SchemaRegistryException.NO_RESPONSE));
    }

    @Test
    void shouldReportUnreachableRegistry() throws IOException {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> HttpSchemaRegistryClient.of("http://127.0.0.1:" + closedPort)
                        .getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith(
                        "Schema registry http://127.0.0.1:" + closedPort + " unreachable for GET /schemas/ids/1: ");
    }
}
