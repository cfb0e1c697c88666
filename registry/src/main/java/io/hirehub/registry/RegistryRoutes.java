package io.hirehub.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.schemas.registry.ErrorCodes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API v1 over {@link RegistryService}: one handler per route,
 * errors mapped once to {@code {"error_code":…,"message":…}}.
 */
final class RegistryRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryService service;

    RegistryRoutes(final RegistryService service) {
        this.service = service;
    }

    void register(final RoutesConfig routes) {
        routes.get("/", ctx -> json(ctx, Map.of()));
        routes.get("/schemas/types", ctx -> json(ctx, List.of("AVRO")));
        routes.get("/subjects", this::subjects);
        routes.get("/subjects/{subject}/versions", this::versions);
        routes.post("/subjects/{subject}/versions", this::register);
        routes.get("/subjects/{subject}/versions/{version}", this::version);
        routes.get("/subjects/{subject}/versions/{version}/schema", this::versionSchema);
        routes.delete("/subjects/{subject}/versions/{version}", this::deleteVersion);
        routes.post("/subjects/{subject}", this::lookup);
        routes.delete("/subjects/{subject}", this::deleteSubject);
        routes.get("/schemas/ids/{id}", this::schemaById);
        routes.get("/schemas/ids/{id}/schema", this::rawSchemaById);
        routes.post("/compatibility/subjects/{subject}/versions/{version}", this::compatibility);
        routes.post("/compatibility/subjects/{subject}/versions", this::compatibility);
        routes.get(
                "/config",
                ctx -> json(
                        ctx, Map.of("compatibilityLevel", service.globalLevel().name())));
        routes.put(
                "/config",
                ctx -> json(
                        ctx,
                        Map.of(
                                "compatibility",
                                service.setLevel(null, field(ctx, "compatibility"))
                                        .name())));
        routes.get("/config/{subject}", this::subjectConfig);
        routes.put(
                "/config/{subject}",
                ctx -> json(
                        ctx,
                        Map.of(
                                "compatibility",
                                service.setLevel(ctx.pathParam("subject"), field(ctx, "compatibility"))
                                        .name())));
        routes.delete(
                "/config/{subject}",
                ctx -> json(
                        ctx,
                        Map.of(
                                "compatibilityLevel",
                                service.clearLevel(ctx.pathParam("subject")).name())));

        routes.exception(
                RegistryHttpException.class, (e, ctx) -> error(ctx, e.status(), e.errorCode(), e.getMessage()));
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> error(ctx, e.getStatus(), e.getStatus(), "HTTP " + e.getStatus() + " " + e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Schema registry failed on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, 50001, "Error in the backend data store: " + e);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, 404, "HTTP 404 Not Found");
            }
        });
        routes.error(405, ctx -> error(ctx, 405, 405, "HTTP 405 Method Not Allowed"));
    }

    private void subjects(final Context ctx) {
        json(ctx, service.subjects("true".equals(ctx.queryParam("deleted"))));
    }

    private void versions(final Context ctx) {
        json(ctx, service.versions(ctx.pathParam("subject")));
    }

    private void register(final Context ctx) {
        requireAvro(ctx);
        json(ctx, Map.of("id", service.register(ctx.pathParam("subject"), field(ctx, "schema"))));
    }

    private void version(final Context ctx) {
        json(ctx, describe(service.version(ctx.pathParam("subject"), ctx.pathParam("version"))));
    }

    private void versionSchema(final Context ctx) {
        raw(
                ctx,
                service.version(ctx.pathParam("subject"), ctx.pathParam("version"))
                        .schema());
    }

    private void deleteVersion(final Context ctx) {
        json(ctx, service.deleteVersion(ctx.pathParam("subject"), ctx.pathParam("version"), permanent(ctx)));
    }

    private void lookup(final Context ctx) {
        requireAvro(ctx);
        json(ctx, describe(service.lookup(ctx.pathParam("subject"), field(ctx, "schema"))));
    }

    private void deleteSubject(final Context ctx) {
        json(ctx, service.deleteSubject(ctx.pathParam("subject"), permanent(ctx)));
    }

    private void schemaById(final Context ctx) {
        json(ctx, Map.of("schema", service.schemaById(id(ctx))));
    }

    private void rawSchemaById(final Context ctx) {
        raw(ctx, service.schemaById(id(ctx)));
    }

    private void compatibility(final Context ctx) {
        final String version = ctx.pathParamMap().get("version");
        final List<String> problems =
                service.testCompatibility(ctx.pathParam("subject"), version, field(ctx, "schema"));
        final Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("is_compatible", problems.isEmpty());
        if ("true".equals(ctx.queryParam("verbose"))) {
            answer.put("messages", problems);
        }
        json(ctx, answer);
    }

    private void subjectConfig(final Context ctx) {
        final String subject = ctx.pathParam("subject");
        final CompatibilityLevel level = service.subjectLevel(subject).orElseGet(() -> {
            if ("true".equals(ctx.queryParam("defaultToGlobal"))) {
                return service.globalLevel();
            }
            throw new RegistryHttpException(
                    404,
                    ErrorCodes.SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED,
                    "Subject '" + subject + "' does not have subject-level compatibility configured");
        });
        json(ctx, Map.of("compatibilityLevel", level.name()));
    }

    private static Map<String, Object> describe(final RegistryRecord.SchemaVersion v) {
        final Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("subject", v.subject());
        answer.put("version", v.version());
        answer.put("id", v.id());
        answer.put("schema", v.schema());
        return answer;
    }

    private static int id(final Context ctx) {
        final String text = ctx.pathParam("id");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RegistryHttpException.schemaNotFound("Schema " + text + " not found");
        }
    }

    private static boolean permanent(final Context ctx) {
        return "true".equals(ctx.queryParam("permanent"));
    }

    private static JsonNode body(final Context ctx) {
        try {
            final JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new RegistryHttpException(400, 400, "Request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RegistryHttpException(400, 400, "Request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String field(final Context ctx, final String name) {
        final JsonNode value = body(ctx).get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void requireAvro(final Context ctx) {
        final JsonNode type = body(ctx).get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equals(type.asText())) {
            throw RegistryHttpException.invalidSchema(
                    "Unsupported schema type " + type.asText() + ": this registry stores AVRO only");
        }
    }

    private static void json(final Context ctx, final Object body) {
        try {
            ctx.contentType(ErrorCodes.CONTENT_TYPE).result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode answer", e);
        }
    }

    private static void raw(final Context ctx, final String schema) {
        ctx.contentType(ErrorCodes.CONTENT_TYPE).result(schema);
    }

    private static void error(final Context ctx, final int status, final int code, final String message) {
        final ObjectNode body = JSON.createObjectNode();
        body.put("error_code", code);
        body.put("message", message);
        ctx.status(status).contentType(ErrorCodes.CONTENT_TYPE).result(body.toString());
    }
}
