package io.hirehub.edge.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.http.Json;
import io.hirehub.topologies.query.HostAddress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Calls another instance's internal read route with a JSON body, as one hop ({@link KeyRouter#HOPS}):
 * the part of a gathered read that instance owns. The caller's {@code Authorization} goes along, so
 * the other instance authorises the same user again. Calls run concurrently; each ends within
 * {@link QuerySettings#forwardTimeout}. Any answer but 200 (a 503 because the instance no longer owns a
 * key, a refusal, a timeout, a connection refused) completes with {@link PeerUnavailableException}
 * naming the instance and the reason.
 */
public final class PeerClient {

    private final QuerySettings settings;
    private final HttpClient http;

    public PeerClient(final QuerySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.forwardTimeout())
                .build();
    }

    /** POSTs {@code body} as JSON to {@code path} at {@code to}; the answer read as {@code answer}. */
    public <T> CompletableFuture<T> post(
            final HostAddress to,
            final String path,
            final Object body,
            final Optional<String> authorization,
            final Class<T> answer) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + to + path))
                .timeout(settings.forwardTimeout())
                .header(KeyRouter.HOPS, "1")
                .header("Content-Type", "application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        final byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode a request to " + to, e);
        }
        return http.sendAsync(
                        request.POST(HttpRequest.BodyPublishers.ofByteArray(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new PeerUnavailableException(to, failure(unwrap(error)), unwrap(error));
                    }
                    if (response.statusCode() != 200) {
                        throw new PeerUnavailableException(
                                to, "answered " + response.statusCode() + ": " + detail(response.body()), null);
                    }
                    try {
                        return Json.mapper().readValue(response.body(), answer);
                    } catch (IOException e) {
                        throw new PeerUnavailableException(to, "answered something unreadable: " + e.getMessage(), e);
                    }
                });
    }

    private String failure(final Throwable error) {
        if (error instanceof HttpTimeoutException) {
            return "did not answer within " + settings.forwardTimeout().toMillis() + " ms";
        }
        if (error instanceof IOException) {
            return "cannot be reached (" + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")";
        }
        return "failed: " + error;
    }

    private static Throwable unwrap(final Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** A problem's {@code detail}, or the start of whatever else came back. */
    private static String detail(final byte[] body) {
        try {
            final JsonNode problem = Json.mapper().readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: shown as text below
        }
        final String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "(no body)" : text.substring(0, Math.min(200, text.length()));
    }
}
