package io.hirehub.edge.query;

import io.hirehub.topologies.query.HostAddress;
import java.util.Objects;

/**
 * Another instance did not give its part of a gathered read: it did not answer in time, could not be
 * reached, or refused (it no longer owns a key actively, its store is restoring). The gathered answer
 * is then incomplete and is not given.
 */
public final class PeerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HostAddress peer;

    public PeerUnavailableException(final HostAddress peer, final String reason, final Throwable cause) {
        super("instance " + peer + " " + reason, cause);
        this.peer = Objects.requireNonNull(peer, "peer");
    }

    /** The instance that did not answer. */
    public HostAddress peer() {
        return peer;
    }
}
