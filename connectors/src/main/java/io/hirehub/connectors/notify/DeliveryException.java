package io.hirehub.connectors.notify;

/** A channel refused or failed a delivery; the dispatcher retries it with backoff, then records it. */
public final class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether trying again cannot help (no address, a rejected address): fail at once. */
    private final boolean permanent;

    public DeliveryException(final String message, final boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public DeliveryException(final String message, final Throwable cause) {
        super(message, cause);
        this.permanent = false;
    }

    public boolean permanent() {
        return permanent;
    }
}
