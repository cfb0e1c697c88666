package io.hirehub.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One registered version of a subject, as answered by {@code GET /subjects/{s}/versions/{v}} and
 * {@code POST /subjects/{s}}.
 *
 * @param subject the subject, e.g. {@code job.created-value}
 * @param version the version under that subject (1, 2, …)
 * @param id      the registry-wide schema id written into every record's wire header
 * @param schema  the parsed schema
 */
public record SubjectSchema(String subject, int version, int id, Schema schema) {

    public SubjectSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
