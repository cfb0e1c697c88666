package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client of the edge for the ITs, with the fixtures most tests need (users, companies, jobs). */
final class EdgeClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EdgeStack edge = EdgeStack.get();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A user registered through the edge, with a token. */
    record User(UUID id, String subject, String token) {}

    /** An answer: status, headers and body. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(final String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Asserts a problem+json answer of {@code status} and returns its body. */
        JsonNode problem(final int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            final JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expected);
            return problem;
        }
    }

    String url() {
        return edge.url();
    }

    User user(final String type) {
        final String subject = "it-" + type + "-" + UUID.randomUUID();
        final String token = edge.token(subject);
        final Answer created = post("/v1/users", token, Map.of("user_type", type));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new User(UUID.fromString(created.json().path("id").asText()), subject, token);
    }

    UUID company(final User owner) {
        final Answer created = post(
                "/v1/companies", owner.token(), Map.of("name", "IT 회사 " + UUID.randomUUID(), "company_size", "51-200"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asText());
    }

    UUID job(final User member, final UUID company, final String status) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("company_id", company.toString());
        body.put("title", "Backend engineer " + UUID.randomUUID());
        body.put("job_type", "full-time");
        body.put("status", status);
        final Answer created = post("/v1/jobs", member.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asText());
    }

    Answer get(final String path, final String token) {
        return send(request(path, token).GET());
    }

    Answer post(final String path, final String token, final Object body, final String... headers) {
        return send(request(path, token, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer patch(final String path, final String token, final Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer put(final String path, final String token, final Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Answer delete(final String path, final String token) {
        return send(request(path, token).DELETE());
    }

    /** A raw body with a given content type (malformed-input tests). */
    Answer postRaw(final String path, final String token, final String contentType, final byte[] body) {
        final HttpRequest.Builder request = request(path, token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** {@code multipart/form-data} with a {@code file} part (when {@code fileName} is not null) and text fields. */
    Answer upload(
            final String token,
            final String fileName,
            final byte[] content,
            final Map<String, String> fields,
            final String... headers) {
        final String boundary = "it-" + UUID.randomUUID();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (final Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/v1/resumes", token, headers)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(final String path, final String token, final String... headers) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(edge.url() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Answer send(final HttpRequest.Builder request) {
        try {
            final HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(final Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
