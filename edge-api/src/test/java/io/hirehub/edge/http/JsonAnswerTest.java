package io.hirehub.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An answer encoded once and sent as is: its bytes, its headers, gzip only to those who accept it. */
class JsonAnswerTest {

    private record Row(String jobId, int score) {}

    private record Answer(List<Row> rows) {}

    private static final JsonAnswer SMALL = JsonAnswer.of(new Answer(List.of(new Row("j1", 90))));
    private static final JsonAnswer LARGE =
            JsonAnswer.of(new Answer(Collections.nCopies(100, new Row("0b9f8a1e-5d2c-4f6b-9a7e-3c1d2e4f5a6b", 87))));

    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.startupWatcherEnabled = false;
                    config.routes.get("/small", ctx -> {
                        ctx.header("HireHub-Served-By", "local");
                        Requests.json(ctx, SMALL);
                    });
                    config.routes.get("/large", ctx -> Requests.json(ctx, LARGE));
                })
                .start("localhost", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<byte[]> get(final String path, final String acceptEncoding) throws Exception {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldSendTheEncodedBytesWithTheHeadersSetBefore() throws Exception {
        final HttpResponse<byte[]> answer = get("/small", "gzip");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"rows\":[{\"job_id\":\"j1\",\"score\":90}]}");
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(answer.headers().firstValue("HireHub-Served-By")).contains("local");
        assertThat(answer.headers().firstValue("Content-Encoding"))
                .as("below a packet's size: not worth compressing")
                .isEmpty();
    }

    @Test
    void shouldSendALargeAnswerGzippedOnlyToAClientThatAcceptsGzip() throws Exception {
        final HttpResponse<byte[]> plain = get("/large", null);
        final HttpResponse<byte[]> gzipped = get("/large", "br;q=0.9, gzip");
        final HttpResponse<byte[]> again = get("/large", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(LARGE.json());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.body().length).isLessThan(LARGE.json().length / 4);
        assertThat(gunzip(gzipped.body())).isEqualTo(LARGE.json());
        assertThat(again.body()).isEqualTo(gzipped.body());
    }

    @Test
    void shouldReadAcceptEncodingAsRfc9110Says() {
        assertThat(JsonAnswer.acceptsGzip(null)).isFalse();
        assertThat(JsonAnswer.acceptsGzip("")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("identity")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("br, deflate")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("gzip")).isTrue();
        assertThat(JsonAnswer.acceptsGzip("GZIP")).isTrue();
        assertThat(JsonAnswer.acceptsGzip("deflate, gzip;q=0.5")).isTrue();
        assertThat(JsonAnswer.acceptsGzip("x-gzip")).isTrue();
        assertThat(JsonAnswer.acceptsGzip("*")).isTrue();
        assertThat(JsonAnswer.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("*, gzip;q=0")).as("named beats *").isFalse();
        assertThat(JsonAnswer.acceptsGzip("*;q=0")).isFalse();
        assertThat(JsonAnswer.acceptsGzip("gzip;q=bad")).isFalse();
    }

    private static byte[] gunzip(final byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
