package io.hirehub.launcher.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.write.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a JSONL file (one JSON object per line, blank lines skipped) into entries, refusing the
 * first malformed line with {@code <file>:<line>: …} and any duplicate {@code key}.
 */
final class JsonlFile {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** An entry of a file with the line it came from. */
    interface Keyed {
        String key();
    }

    private JsonlFile() {}

    /** Every line parsed by {@code parser} (given the line's fields and number); empty if the file does not exist. */
    static <T extends Keyed> List<T> read(
            final Path file, final Set<String> allowed, final BiFunction<JsonLine, Integer, T> parser) {
        if (!Files.exists(file)) {
            return List.of();
        }
        final String name = file.getFileName().toString();
        final List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        final List<T> out = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            final int number = i + 1;
            final String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            final T entry;
            try {
                entry = parser.apply(new JsonLine(object(name, number, line), allowed), number);
            } catch (InvalidFieldException e) {
                throw new ImportException(name, number, e.getMessage());
            }
            final Integer first = keys.putIfAbsent(entry.key(), number);
            if (first != null) {
                throw new ImportException(
                        name, number, "key: duplicate key '" + entry.key() + "' (first on line " + first + ")");
            }
            out.add(entry);
        }
        return List.copyOf(out);
    }

    private static ObjectNode object(final String name, final int number, final String line) {
        final JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ImportException(name, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ImportException(
                    name,
                    number,
                    "expected a JSON object, was " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return object;
    }
}
