package io.hirehub.schemas.serde;

import java.util.Map;

/**
 * The serde's own Kafka config keys (named as Confluent's serdes name them, so existing configs
 * carry over). The registry connection keys live in
 * {@link io.hirehub.schemas.registry.RegistryClientSettings}.
 */
public final class AvroSerdeConfig {

    /** Register the record's schema when serializing (default true); false only looks it up. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Deserialize into generated SpecificRecord classes (default false: GenericRecord). */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    /** Fully qualified SpecificRecord class to read values as (implies specific reading). */
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";
    /** Fully qualified SpecificRecord class to read keys as (implies specific reading). */
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";

    private AvroSerdeConfig() {}

    static boolean flag(final Map<String, ?> configs, final String key, final boolean fallback) {
        final Object value = configs.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        final String text = value.toString().trim();
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException(key + ": expected true or false, was '" + value + "'");
    }
}
