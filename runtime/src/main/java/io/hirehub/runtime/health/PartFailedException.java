package io.hirehub.runtime.health;

/** A part failed for good, or did not run in time; the message names the part and the cause in one line. */
public final class PartFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String part;

    public PartFailedException(final String part, final String reason, final Throwable cause) {
        super(part + ": " + reason, cause);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
