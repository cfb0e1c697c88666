package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The HTTP calls the launcher's edge ITs make against dev's edge, with a bearer token. */
final class EdgeHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EdgeHttp() {}

    static HttpResponse<String> get(final String edge, final String token, final String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET without a token. */
    static HttpResponse<String> anonymous(final String edge, final String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(edge + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request as sent, whatever the answer. */
    static HttpResponse<String> raw(
            final String edge, final String token, final String method, final String path, final String body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code body} as JSON; the answer must have status {@code expected}. */
    static JsonNode send(
            final String edge,
            final String token,
            final String method,
            final String path,
            final Object body,
            final int expected)
            throws Exception {
        final HttpResponse<String> response = raw(edge, token, method, path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    /** Uploads a text resume as the multipart form part {@code file}; must be created (201). */
    static JsonNode upload(final String edge, final String token, final String name, final String text)
            throws Exception {
        final String boundary = "it-" + UUID.randomUUID();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        final HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(edge + "/v1/resumes"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
