package io.hirehub.runtime.health;

import java.util.Locale;

/** Where one part of a running stack is in its life; shown by {@code hirehub status} in lower case. */
public enum PartState {
    /** Starting: not serving yet. */
    STARTING,
    /** Serving (a Kafka Streams app RUNNING, the CDC engine streaming, a write-back consuming). */
    RUNNING,
    /** Stopped working because of an error; {@link PartStatus#retrying()} says whether it tries again. */
    FAILED,
    /** Not run, by configuration (e.g. no schema registry to decode with). */
    OFF,
    /** Stopping on request. */
    STOPPING,
    /** Stopped on request. */
    STOPPED;

    /** The lower-case name used on the console and in {@code status.json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartState ofLabel(final String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
