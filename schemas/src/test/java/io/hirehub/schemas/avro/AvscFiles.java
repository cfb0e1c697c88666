package io.hirehub.schemas.avro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;

/** Reads schemas/avro/*.avsc the way a tool would: all files in one parser, references resolved. */
final class AvscFiles {

    static final String EVENT_NAMESPACE = "io.hirehub.avro.event";
    static final String ENTITY_NAMESPACE = "io.hirehub.avro.entity";

    private AvscFiles() {}

    static Path directory() {
        return Path.of(System.getProperty("basedir", "."), "avro");
    }

    /** Every file's main schema, fully resolved, keyed by file name without ".avsc". */
    static Map<String, Schema> load() {
        final SchemaParser parser = new SchemaParser();
        final List<String> fileNames = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (final Path file :
                    files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList()) {
                parser.parse(file);
                fileNames.add(file.getFileName().toString().replace(".avsc", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Once every file is in, the named schemas come back with all cross-file references resolved.
        final Map<String, Schema> byName =
                parser.getParsedNamedSchemas().stream().collect(Collectors.toMap(Schema::getName, s -> s));
        if (!byName.keySet().equals(Set.copyOf(fileNames))) {
            throw new AssertionError("type names " + byName.keySet() + " differ from file names " + fileNames);
        }
        final Map<String, Schema> resolved = new LinkedHashMap<>();
        fileNames.forEach(file -> resolved.put(file, byName.get(file)));
        return resolved;
    }

    static List<Schema> records(final Map<String, Schema> schemas, final String namespace) {
        return schemas.values().stream()
                .filter(s -> s.getType() == Schema.Type.RECORD && namespace.equals(s.getNamespace()))
                .toList();
    }

    /** The non-null branch of a ["null", T] union, or the schema itself. */
    static Schema nonNull(final Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream()
                .filter(s -> s.getType() != Schema.Type.NULL)
                .findFirst()
                .orElseThrow();
    }
}
