package io.hirehub.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API v1 (java.net.http).
 *
 * <p>Ids are immutable in a registry, so both directions are cached for the life of the client:
 * schema → id per subject (register/lookup) and id → schema. {@link #latest} is never cached.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    private final RegistryHttp http;
    private final Map<String, Map<String, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(final RegistryClientSettings settings) {
        this.http = new RegistryHttp(Objects.requireNonNull(settings, "settings"));
    }

    /** A client with default timeouts for {@code url}. */
    public static HttpSchemaRegistryClient of(final String url) {
        return new HttpSchemaRegistryClient(RegistryClientSettings.of(url));
    }

    @Override
    public int register(final String subject, final Schema schema) {
        final Map<String, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        final String text = schema.toString();
        final Integer cached = ids.get(text);
        if (cached != null) {
            return cached;
        }
        final JsonNode answer =
                http.post("/subjects/" + RegistryHttp.segment(subject) + "/versions", Map.of("schema", text));
        final int id = requireInt(answer, "id", "register under " + subject);
        ids.put(text, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public SubjectSchema lookup(final String subject, final Schema schema) {
        final JsonNode answer =
                http.post("/subjects/" + RegistryHttp.segment(subject), Map.of("schema", schema.toString()));
        final SubjectSchema found = subjectSchema(answer, subject);
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema.toString(), found.id());
        schemasById.putIfAbsent(found.id(), found.schema());
        return found;
    }

    @Override
    public Schema getById(final int id) {
        final Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        final JsonNode answer = http.get("/schemas/ids/" + id);
        final Schema schema = parse(requireText(answer, "schema", "schema id " + id), "schema id " + id);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    @Override
    public SubjectSchema latest(final String subject) {
        return subjectSchema(http.get("/subjects/" + RegistryHttp.segment(subject) + "/versions/" + LATEST), subject);
    }

    @Override
    public CompatibilityResult testCompatibility(final String subject, final String version, final Schema schema) {
        final JsonNode answer = http.post(
                "/compatibility/subjects/" + RegistryHttp.segment(subject) + "/versions/"
                        + RegistryHttp.segment(version) + "?verbose=true",
                Map.of("schema", schema.toString()));
        if (answer == null || !answer.has("is_compatible")) {
            throw new SchemaRegistryException(
                    200,
                    SchemaRegistryException.NO_RESPONSE,
                    "Schema registry answer to the compatibility test of " + subject + " has no is_compatible");
        }
        final List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityResult(answer.get("is_compatible").asBoolean(), messages);
    }

    private static SubjectSchema subjectSchema(final JsonNode answer, final String subject) {
        final String what = "subject " + subject;
        return new SubjectSchema(
                answer.path("subject").asText(subject),
                requireInt(answer, "version", what),
                requireInt(answer, "id", what),
                parse(requireText(answer, "schema", what), what));
    }

    private static int requireInt(final JsonNode node, final String field, final String what) {
        if (node == null || !node.path(field).canConvertToInt()) {
            throw new SchemaRegistryException(
                    200,
                    SchemaRegistryException.NO_RESPONSE,
                    "Schema registry answer for " + what + " lacks a numeric '" + field + "'");
        }
        return node.get(field).asInt();
    }

    private static String requireText(final JsonNode node, final String field, final String what) {
        if (node == null || !node.path(field).isTextual()) {
            throw new SchemaRegistryException(
                    200,
                    SchemaRegistryException.NO_RESPONSE,
                    "Schema registry answer for " + what + " lacks a '" + field + "' string");
        }
        return node.get(field).asText();
    }

    private static Schema parse(final String text, final String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(
                    200,
                    ErrorCodes.INVALID_SCHEMA,
                    "Schema registry returned an unparsable Avro schema for " + what + ": " + e.getMessage(),
                    e);
        }
    }
}
