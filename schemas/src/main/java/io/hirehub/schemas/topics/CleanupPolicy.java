package io.hirehub.schemas.topics;

import java.util.Locale;

/** Kafka's {@code cleanup.policy}: events are kept by time, entity changelogs by key. */
public enum CleanupPolicy {
    DELETE("delete"),
    COMPACT("compact"),
    COMPACT_DELETE("compact,delete");

    private final String kafkaValue;

    CleanupPolicy(final String kafkaValue) {
        this.kafkaValue = kafkaValue;
    }

    /** The value Kafka's topic config expects. */
    public String kafkaValue() {
        return kafkaValue;
    }

    /** Parses Kafka's own spelling ({@code "compact,delete"}, in any order or case). */
    public static CleanupPolicy fromKafka(final String value) {
        final String normalized = value.replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "delete" -> DELETE;
            case "compact" -> COMPACT;
            case "compact,delete", "delete,compact" -> COMPACT_DELETE;
            default -> throw new IllegalArgumentException("unknown cleanup.policy '" + value + "'");
        };
    }
}
