package io.hirehub.registry;

import java.util.Locale;
import java.util.Optional;

/** The registry's compatibility levels, as Confluent names them. BACKWARD is the default. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(final boolean backward, final boolean forward, final boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The new schema must read data written with the old one(s). */
    public boolean backward() {
        return backward;
    }

    /** The old schema(s) must read data written with the new one. */
    public boolean forward() {
        return forward;
    }

    /** Check against every earlier version, not just the latest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level case-insensitively; empty when unknown. */
    public static Optional<CompatibilityLevel> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
