package io.hirehub.launcher.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.write.Fields;
import io.hirehub.edge.write.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed access to the fields of one JSONL object; every problem is an {@link InvalidFieldException}
 * naming the field, which the file reader prefixes with file and line.
 */
final class JsonLine {

    private final ObjectNode node;

    JsonLine(final ObjectNode node, final Set<String> allowed) {
        this.node = node;
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            final String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidFieldException(name, "unknown field; expected one of " + String.join(", ", allowed));
            }
        }
    }

    /** A string field, or null when absent or JSON null; {@code required} refuses both and blank. */
    String text(final String field, final boolean required) {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidFieldException(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidFieldException(field, "must be a string, was " + kind(value));
        }
        if (required && value.asText().isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value.asText();
    }

    Integer integer(final String field) {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidFieldException(field, "must be an integer, was " + kind(value));
        }
        return value.intValue();
    }

    <E extends Enum<E>> E enumValue(final Class<E> type, final String field) {
        return Fields.seedValue(type, field, text(field, false));
    }

    /** An ISO-8601 instant ({@code 2026-11-26T09:00:00Z}, with offset) or a date (midnight UTC). */
    Instant instant(final String field) {
        final String text = text(field, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(
                        field, "must be an ISO-8601 timestamp (2026-11-26T09:00:00Z) or date," + " was '" + text + "'");
            }
        }
    }

    /** An array of non-blank strings; absent or null is empty. */
    List<String> strings(final String field) {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidFieldException(field, "must be an array of strings, was " + kind(value));
        }
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            final JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new InvalidFieldException(
                        field + "[" + i + "]",
                        "must be a non-blank string, was " + (item.isTextual() ? "blank" : kind(item)));
            }
            out.add(item.asText().strip());
        }
        return List.copyOf(out);
    }

    private static String kind(final JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "an object" : value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
