package io.hirehub.edge.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.Problem;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.RouteSpec;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /openapi.json} (OpenAPI 3.1) built from the edge's own route declarations: every
 * {@link RouteSpec} becomes an operation, its request and answer records become schemas (snake_case
 * names, as on the wire), and every operation lists the problem answers. Generated, so it cannot
 * drift from the routes.
 */
public final class OpenApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private OpenApiDocument() {}

    public static ObjectNode of(final List<RouteSpec> routes, final String version) {
        final ObjectNode doc = JSON.objectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info")
                .put("title", "HireHub edge API")
                .put("version", version)
                .put(
                        "description",
                        "Writes through the transactional outbox and interactive queries of the"
                                + " HireHub streams pipeline. Errors are application/problem+json (RFC 9457).");
        final ObjectNode schemas = JSON.objectNode();
        schemas.set("Problem", schema(Problem.class, schemas));
        final ObjectNode paths = doc.putObject("paths");
        for (final RouteSpec route : routes) {
            final ObjectNode path =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        final ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas);
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT");
        return doc;
    }

    private static ObjectNode operation(final RouteSpec route, final ObjectNode schemas) {
        final ObjectNode op = JSON.objectNode();
        op.putArray("tags").add(route.tag());
        op.put("summary", route.summary());
        if (!route.description().isEmpty()) {
            op.put("description", route.description());
        }
        op.put(
                "operationId",
                route.method().name().toLowerCase(Locale.ROOT) + route.path().replaceAll("[^A-Za-z0-9]+", "_"));
        if (route.access() != Access.PUBLIC) {
            op.putArray("security").addObject().putArray("bearer");
        }
        final ArrayNode params = JSON.arrayNode();
        for (final RouteSpec.Param param : route.params()) {
            final ObjectNode p = params.addObject();
            p.put("name", param.name()).put("in", param.in()).put("required", param.required());
            if (!param.description().isEmpty()) {
                p.put("description", param.description());
            }
            p.set("schema", scalar(param.type()));
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        route.requestBody()
                .ifPresent(type -> op.putObject("requestBody")
                        .put("required", true)
                        .putObject("content")
                        .putObject(route.requestMediaType())
                        .set("schema", ref(type, schemas)));
        final ObjectNode responses = op.putObject("responses");
        for (final Map.Entry<Integer, Object> answer : route.responses().entrySet()) {
            final ObjectNode response =
                    responses.putObject(answer.getKey().toString()).put("description", "success");
            if (answer.getValue() instanceof Class<?> type) {
                response.putObject("content").putObject("application/json").set("schema", ref(type, schemas));
            } else {
                response.putObject("content").putObject(answer.getValue().toString());
            }
        }
        final ObjectNode problem = JSON.objectNode();
        problem.putObject("content")
                .putObject(Problem.MEDIA_TYPE)
                .putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        responses.set("default", problem.deepCopy().put("description", "a problem (" + problemList() + ")"));
        return op;
    }

    private static String problemList() {
        final StringBuilder out = new StringBuilder();
        for (final ProblemType type : ProblemType.values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(type.status()).append(' ').append(type.slug());
        }
        return out.toString();
    }

    private static ObjectNode ref(final Class<?> type, final ObjectNode schemas) {
        if (type.isArray() && type != byte[].class) {
            final ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", ref(type.getComponentType(), schemas));
            return array;
        }
        if (!type.isRecord()) {
            return scalar(type);
        }
        if (!schemas.has(type.getSimpleName())) {
            schemas.putObject(type.getSimpleName());
            schemas.set(type.getSimpleName(), schema(type, schemas));
        }
        return JSON.objectNode().put("$ref", "#/components/schemas/" + type.getSimpleName());
    }

    private static ObjectNode schema(final Class<?> record, final ObjectNode schemas) {
        final ObjectNode schema = JSON.objectNode().put("type", "object");
        final ObjectNode properties = schema.putObject("properties");
        for (final RecordComponent component : record.getRecordComponents()) {
            properties.set(SNAKE.translate(component.getName()), typeOf(component.getGenericType(), schemas));
        }
        return schema;
    }

    private static ObjectNode typeOf(final Type type, final ObjectNode schemas) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
                final ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", typeOf(generic.getActualTypeArguments()[0], schemas));
                return array;
            }
            if (java.util.Optional.class.equals(raw)) {
                return typeOf(generic.getActualTypeArguments()[0], schemas);
            }
            return JSON.objectNode().put("type", "object");
        }
        return type instanceof Class<?> plain ? ref(plain, schemas) : JSON.objectNode();
    }

    private static ObjectNode scalar(final Class<?> type) {
        if (type == UUID.class) {
            return scalar("uuid");
        }
        if (type == Instant.class) {
            return scalar("date-time");
        }
        if (type == byte[].class) {
            return JSON.objectNode().put("type", "string").put("format", "binary");
        }
        if (type == Boolean.class || type == boolean.class) {
            return scalar("boolean");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return scalar("integer");
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return scalar("number");
        }
        return type == String.class ? scalar("string") : JSON.objectNode().put("type", "object");
    }

    private static ObjectNode scalar(final String type) {
        return switch (type) {
            case "uuid" -> JSON.objectNode().put("type", "string").put("format", "uuid");
            case "date-time" -> JSON.objectNode().put("type", "string").put("format", "date-time");
            case "integer", "long" -> JSON.objectNode().put("type", "integer");
            case "number", "boolean" -> JSON.objectNode().put("type", type);
            default -> JSON.objectNode().put("type", "string");
        };
    }
}
