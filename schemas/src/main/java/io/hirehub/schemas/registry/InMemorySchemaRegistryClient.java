package io.hirehub.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry held in memory, for topology and serde tests that need no HTTP server (the role of
 * Confluent's mock client). Same id rules as a real registry: one id per distinct schema text across
 * subjects, ids from 1 upward. Compatibility is BACKWARD against the latest version, checked by Avro.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private final Map<String, List<Integer>> versionsBySubject = new HashMap<>();
    private final Map<String, Integer> idsByText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final AtomicInteger registerCalls = new AtomicInteger();
    private final AtomicInteger getByIdCalls = new AtomicInteger();

    @Override
    public synchronized int register(final String subject, final Schema schema) {
        registerCalls.incrementAndGet();
        final String text = schema.toString();
        final List<Integer> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        final Integer known = idsByText.get(text);
        if (known != null && versions.contains(known)) {
            return known;
        }
        if (!versions.isEmpty()) {
            final CompatibilityResult result = check(schemasById.get(versions.get(versions.size() - 1)), schema);
            if (!result.compatible()) {
                throw new SchemaRegistryException.IncompatibleSchemaException(
                        409,
                        ErrorCodes.INCOMPATIBLE_SCHEMA,
                        "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                                + "\", details: " + result.messages());
            }
        }
        final int id = known != null ? known : nextId.getAndIncrement();
        idsByText.put(text, id);
        schemasById.put(id, schema);
        versions.add(id);
        return id;
    }

    @Override
    public synchronized SubjectSchema lookup(final String subject, final Schema schema) {
        final List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw new SchemaRegistryException.SubjectNotFoundException(
                    404, ErrorCodes.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
        }
        final Integer id = idsByText.get(schema.toString());
        if (id == null || !versions.contains(id)) {
            throw new SchemaRegistryException.SchemaNotFoundException(
                    404, ErrorCodes.SCHEMA_NOT_FOUND, "Schema not found");
        }
        return new SubjectSchema(subject, versions.indexOf(id) + 1, id, schemasById.get(id));
    }

    @Override
    public synchronized Schema getById(final int id) {
        getByIdCalls.incrementAndGet();
        final Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException.SchemaNotFoundException(
                    404, ErrorCodes.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized SubjectSchema latest(final String subject) {
        final List<Integer> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException.SubjectNotFoundException(
                    404, ErrorCodes.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
        }
        final int id = versions.get(versions.size() - 1);
        return new SubjectSchema(subject, versions.size(), id, schemasById.get(id));
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(
            final String subject, final String version, final Schema schema) {
        return check(latest(subject).schema(), schema);
    }

    /** How many times {@link #register} was called (to prove callers cache). */
    public int registerCalls() {
        return registerCalls.get();
    }

    /** How many times {@link #getById} was called (to prove callers cache). */
    public int getByIdCalls() {
        return getByIdCalls.get();
    }

    private static CompatibilityResult check(final Schema previous, final Schema candidate) {
        final SchemaCompatibility.SchemaPairCompatibility pair =
                SchemaCompatibility.checkReaderWriterCompatibility(candidate, previous);
        final List<String> messages = new ArrayList<>();
        pair.getResult()
                .getIncompatibilities()
                .forEach(i -> messages.add(i.getType() + " at " + i.getLocation() + ": " + i.getMessage()));
        return new CompatibilityResult(
                pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE, messages);
    }
}
