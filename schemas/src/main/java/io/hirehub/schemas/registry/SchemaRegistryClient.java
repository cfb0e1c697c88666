package io.hirehub.schemas.registry;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry REST API v1 that our serdes and tools use.
 *
 * <p>Implementations cache what never changes (ids both ways) and are safe for concurrent use.
 * Every method throws {@link SchemaRegistryException} (or one of its subclasses) on failure.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Name of the latest version, as the API spells it. */
    String LATEST = "latest";

    /**
     * Registers {@code schema} under {@code subject} ({@code POST /subjects/{s}/versions}) and returns
     * its id. Idempotent: an identical schema gets its existing id back.
     */
    int register(String subject, Schema schema);

    /**
     * Finds the id of {@code schema} already registered under {@code subject} ({@code POST /subjects/{s}})
     * without registering it.
     *
     * @throws SchemaRegistryException.SubjectNotFoundException if the subject does not exist
     * @throws SchemaRegistryException.SchemaNotFoundException  if the schema is not registered there
     */
    SubjectSchema lookup(String subject, Schema schema);

    /** The schema with this id ({@code GET /schemas/ids/{id}}). */
    Schema getById(int id);

    /** The latest version of a subject ({@code GET /subjects/{s}/versions/latest}); never cached. */
    SubjectSchema latest(String subject);

    /**
     * Tests {@code schema} against {@code version} (a number or {@link #LATEST}) of {@code subject}
     * under the subject's compatibility level.
     */
    CompatibilityResult testCompatibility(String subject, String version, Schema schema);

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {}
}
