package io.hirehub.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * JSON-over-HTTP transport for the registry API: builds requests with the registry's media type and
 * auth, and turns error answers into typed {@link SchemaRegistryException}s.
 */
final class RegistryHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientSettings settings;
    private final HttpClient http;
    private final Optional<String> authorization;

    RegistryHttp(final RegistryClientSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = settings.basicAuth()
                .map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    static String segment(final String pathPart) {
        // Subjects may contain '.', '-' and anything else a topic name can; encode as a path segment.
        return URLEncoder.encode(pathPart, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static ObjectMapper json() {
        return JSON;
    }

    JsonNode get(final String path) {
        return send("GET", path, null);
    }

    JsonNode post(final String path, final Object body) {
        return send("POST", path, body);
    }

    JsonNode send(final String method, final String path, final Object body) {
        final URI uri = URI.create(settings.url() + path);
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", ErrorCodes.CONTENT_TYPE + ", application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", ErrorCodes.CONTENT_TYPE);
            request.method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        final HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SchemaRegistryException(
                    SchemaRegistryException.NO_RESPONSE,
                    SchemaRegistryException.NO_RESPONSE,
                    "Schema registry " + settings.url() + " did not answer " + method + " " + path + " within "
                            + settings.requestTimeout(),
                    e);
        } catch (IOException e) {
            throw new SchemaRegistryException(
                    SchemaRegistryException.NO_RESPONSE,
                    SchemaRegistryException.NO_RESPONSE,
                    "Schema registry " + settings.url() + " unreachable for " + method + " " + path + ": " + e,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(
                    SchemaRegistryException.NO_RESPONSE,
                    SchemaRegistryException.NO_RESPONSE,
                    "Interrupted while calling schema registry " + settings.url(),
                    e);
        }
        final int status = response.statusCode();
        if (status / 100 == 2) {
            return read(response.body(), status, method, path);
        }
        throw error(status, response.body(), method, path);
    }

    private SchemaRegistryException error(final int status, final String body, final String method, final String path) {
        try {
            final JsonNode node = JSON.readTree(body);
            if (node != null && node.has("error_code")) {
                final String message = node.path("message").asText("");
                return SchemaRegistryException.of(status, node.get("error_code").asInt(), message);
            }
        } catch (IOException ignored) {
            // Not the registry's JSON (a proxy page, say): fall through to a generic error.
        }
        final String excerpt = body == null ? "" : body.substring(0, Math.min(200, body.length()));
        return new SchemaRegistryException(
                status,
                status,
                "Schema registry answered HTTP " + status + " to " + method + " " + path + ": " + excerpt);
    }

    private static JsonNode read(final String body, final int status, final String method, final String path) {
        try {
            return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            throw new SchemaRegistryException(
                    status,
                    status,
                    "Schema registry answered " + method + " " + path + " with a body that is not JSON",
                    e);
        }
    }

    private static String write(final Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode request body", e);
        }
    }
}
