package io.hirehub.edge.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One route as the edge declares it: method, path, handler, who may call it and what it takes and
 * answers. The same declaration registers the Javalin endpoint (as its metadata, read by the
 * authentication filter and the metrics) and describes the route in {@code /openapi.json}, so the
 * document cannot miss a route.
 */
public final class RouteSpec implements EndpointMetadata {

    /** A documented parameter: in {@code path}, {@code query} or {@code header}. */
    public record Param(String name, String in, String type, boolean required, String description) {}

    private final HandlerType method;
    private final String path;
    private final Handler handler;
    private final String tag;
    private String summary = "";
    private String description = "";
    private Access access = Access.USER;
    private Class<?> requestBody;
    private String requestMediaType = "application/json";
    private final List<Param> params = new ArrayList<>();
    private final Map<Integer, Object> responses = new LinkedHashMap<>();
    private boolean idempotent;

    RouteSpec(final HandlerType method, final String path, final String tag, final Handler handler) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.handler = Objects.requireNonNull(handler, "handler");
        for (final String segment : path.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                params.add(new Param(segment.substring(1, segment.length() - 1), "path", "uuid", true, ""));
            }
        }
    }

    public RouteSpec summary(final String text) {
        this.summary = Objects.requireNonNull(text, "summary");
        return this;
    }

    public RouteSpec description(final String text) {
        this.description = Objects.requireNonNull(text, "description");
        return this;
    }

    public RouteSpec access(final Access value) {
        this.access = Objects.requireNonNull(value, "access");
        return this;
    }

    /** The JSON body, a record type (its components become the schema, snake_case). */
    public RouteSpec body(final Class<?> type) {
        this.requestBody = Objects.requireNonNull(type, "type");
        return this;
    }

    /** A multipart form body, described by a record whose components are its parts. */
    public RouteSpec multipart(final Class<?> parts) {
        this.requestBody = Objects.requireNonNull(parts, "parts");
        this.requestMediaType = "multipart/form-data";
        return this;
    }

    /** Describes a path parameter already in the path, e.g. {@code id}. */
    public RouteSpec pathParam(final String name, final String text) {
        params.replaceAll(p ->
                p.name().equals(name) && p.in().equals("path") ? new Param(name, "path", p.type(), true, text) : p);
        return this;
    }

    public RouteSpec query(final String name, final String type, final String text) {
        params.add(new Param(name, "query", type, false, text));
        return this;
    }

    public RouteSpec header(final String name, final String text) {
        params.add(new Param(name, "header", "string", false, text));
        return this;
    }

    /** Accepts {@code Idempotency-Key}: a retried request with the same key creates nothing twice. */
    public RouteSpec idempotent() {
        this.idempotent = true;
        return header(
                "Idempotency-Key",
                "Makes retries safe: the same key and body replay the first answer; the same key with another body is a"
                        + " 422.");
    }

    /** A success answer: {@code body} is a record type, or a String naming a media type without a schema. */
    public RouteSpec ok(final int status, final Object body) {
        responses.put(status, Objects.requireNonNull(body, "body"));
        return this;
    }

    public HandlerType method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Handler handler() {
        return handler;
    }

    public String tag() {
        return tag;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Access access() {
        return access;
    }

    public Optional<Class<?>> requestBody() {
        return Optional.ofNullable(requestBody);
    }

    public String requestMediaType() {
        return requestMediaType;
    }

    public List<Param> params() {
        return List.copyOf(params);
    }

    public Map<Integer, Object> responses() {
        return Map.copyOf(responses);
    }

    public boolean isIdempotent() {
        return idempotent;
    }
}
