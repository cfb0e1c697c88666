package io.hirehub.launcher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A thin client of the Confluent Schema Registry REST API v1 for the CLI; errors become {@link CliException}s. */
final class RegistryRest {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RegistryRest(final String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String encode(final String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode get(final String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    JsonNode post(final String path, final JsonNode body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CliException(ExitCodes.FAILED, "cannot encode request: " + e.getMessage(), e);
        }
    }

    static String pretty(final JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
    }

    private JsonNode send(final HttpRequest.Builder request) {
        final HttpResponse<String> response;
        try {
            response = http.send(
                    request.header("Accept", CONTENT_TYPE)
                            .timeout(Duration.ofSeconds(15))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_STACK, "schema registry at " + baseUrl + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.FAILED, "interrupted");
        }
        final JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            // The registry's documented error shape: {"error_code": 40401, "message": "..."}.
            final String message = body.path("message").asText(response.body());
            throw new CliException(
                    ExitCodes.FAILED,
                    "schema registry answered " + response.statusCode()
                            + (body.has("error_code")
                                    ? " (error_code " + body.get("error_code").asText() + ")"
                                    : "") + ": " + message);
        }
        return body;
    }

    private static JsonNode parse(final String text) {
        try {
            return text == null || text.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(text);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }
}
