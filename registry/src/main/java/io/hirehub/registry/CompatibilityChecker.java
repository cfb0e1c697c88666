package io.hirehub.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Decides compatibility with Avro's own {@link SchemaCompatibility}, per Confluent's level semantics:
 * BACKWARD = the new schema reads data written with the old; FORWARD = the old reads the new;
 * FULL = both; *_TRANSITIVE = against every earlier version instead of the latest only.
 */
final class CompatibilityChecker {

    private CompatibilityChecker() {}

    /**
     * @param previous earlier live versions of the subject, oldest first
     * @return one message per problem; empty when compatible
     */
    static List<String> check(
            final CompatibilityLevel level, final Schema candidate, final List<RegistryRecord.SchemaVersion> previous) {
        final List<String> problems = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return problems;
        }
        final List<RegistryRecord.SchemaVersion> against =
                level.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        for (int i = against.size() - 1; i >= 0; i--) {
            final RegistryRecord.SchemaVersion old = against.get(i);
            final Schema oldSchema = new Schema.Parser().parse(old.schema());
            if (level.backward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(candidate, oldSchema), "new", old, problems);
            }
            if (level.forward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(oldSchema, candidate), "old", old, problems);
            }
        }
        return problems;
    }

    private static void describe(
            final SchemaCompatibility.SchemaPairCompatibility pair,
            final String reader,
            final RegistryRecord.SchemaVersion old,
            final List<String> problems) {
        final String writer = "new".equals(reader) ? "old" : "new";
        for (SchemaCompatibility.Incompatibility problem : pair.getResult().getIncompatibilities()) {
            final String description = switch (problem.getType()) {
                case READER_FIELD_MISSING_DEFAULT_VALUE ->
                    "The field '" + problem.getMessage() + "' at path '"
                            + problem.getLocation() + "' in the " + reader
                            + " schema has no default value and is missing"
                            + " in the " + writer + " schema";
                case TYPE_MISMATCH ->
                    "The type at path '" + problem.getLocation() + "' in the " + reader + " schema does not match the "
                            + writer + " schema: " + problem.getMessage();
                case MISSING_ENUM_SYMBOLS ->
                    "The " + reader + " schema is missing enum symbols '" + problem.getMessage() + "' at path '"
                            + problem.getLocation() + "' of the " + writer + " schema";
                case MISSING_UNION_BRANCH ->
                    "The " + reader + " schema is missing a union branch at path '" + problem.getLocation() + "': "
                            + problem.getMessage();
                default ->
                    problem.getMessage() + " at path '" + problem.getLocation() + "' (" + reader
                            + " schema reading the " + writer + " one)";
            };
            problems.add("{errorType:'" + problem.getType() + "', description:'" + description + "', oldSchemaVersion: "
                    + old.version() + "}");
        }
    }
}
