package io.hirehub.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Encodes log records as JSON keys and values in the same shape Confluent's registry writes to its
 * {@code _schemas} topic (keytype SCHEMA / CONFIG), so the topic reads familiar to operators.
 * Field order is fixed so equal keys are equal bytes, which compaction needs.
 */
final class RegistryRecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryRecordCodec() {}

    static byte[] key(final RegistryRecord record) {
        final ObjectNode key = JSON.createObjectNode();
        if (record instanceof RegistryRecord.SchemaVersion v) {
            key.put("keytype", "SCHEMA");
            key.put("subject", v.subject());
            key.put("version", v.version());
            key.put("magic", 1);
        } else if (record instanceof RegistryRecord.Config c) {
            key.put("keytype", "CONFIG");
            if (c.subject() == null) {
                key.putNull("subject");
            } else {
                key.put("subject", c.subject());
            }
            key.put("magic", 0);
        }
        return bytes(key);
    }

    /** The value, or {@code null} for a tombstone. */
    static byte[] value(final RegistryRecord record) {
        if (record instanceof RegistryRecord.SchemaVersion v) {
            if (v.removed()) {
                return null;
            }
            final ObjectNode value = JSON.createObjectNode();
            value.put("subject", v.subject());
            value.put("version", v.version());
            value.put("id", v.id());
            value.put("schema", v.schema());
            value.put("deleted", v.deleted());
            return bytes(value);
        }
        final RegistryRecord.Config c = (RegistryRecord.Config) record;
        if (c.level() == null) {
            return null;
        }
        final ObjectNode value = JSON.createObjectNode();
        value.put("compatibilityLevel", c.level().name());
        return bytes(value);
    }

    /**
     * Decodes a key/value pair read back from the log.
     *
     * @throws IllegalArgumentException for a record this registry does not understand
     */
    static RegistryRecord decode(final byte[] keyBytes, final byte[] valueBytes) {
        final JsonNode key = tree(keyBytes, "key");
        final String keyType = key.path("keytype").asText("");
        final JsonNode value = valueBytes == null ? null : tree(valueBytes, "value");
        switch (keyType) {
            case "SCHEMA" -> {
                final String subject = key.path("subject").asText();
                final int version = key.path("version").asInt();
                if (value == null) {
                    return new RegistryRecord.SchemaVersion(subject, version, -1, null, true);
                }
                return new RegistryRecord.SchemaVersion(
                        subject,
                        version,
                        value.path("id").asInt(),
                        value.path("schema").asText(),
                        value.path("deleted").asBoolean(false));
            }
            case "CONFIG" -> {
                final String subject =
                        key.path("subject").isTextual() ? key.get("subject").asText() : null;
                if (value == null) {
                    return new RegistryRecord.Config(subject, null);
                }
                final String level = value.path("compatibilityLevel").asText();
                return new RegistryRecord.Config(
                        subject,
                        CompatibilityLevel.parse(level)
                                .orElseThrow(() ->
                                        new IllegalArgumentException("unknown compatibility level '" + level + "'")));
            }
            default -> throw new IllegalArgumentException("unknown key type '" + keyType + "'");
        }
    }

    private static JsonNode tree(final byte[] bytes, final String what) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("registry log " + what + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(final JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
