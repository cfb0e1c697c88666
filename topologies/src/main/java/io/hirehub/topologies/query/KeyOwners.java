package io.hirehub.topologies.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a key of a queryable store, as the consumer group's assignment says: the instance with
 * the active copy of the key's partition and those with standbys. During a rebalance (or before the
 * application runs) nobody is known: {@link #available()} is false, and no host is invented.
 *
 * @param partition the key's partition of the store's changelog or source topic; -1 when unavailable
 * @param active    the instance answering with the newest state; empty when unavailable
 * @param standbys  instances with a standby copy, possibly behind the active one
 * @param local     whether this instance holds the active copy (then {@code active} is this instance's
 *                  own {@code application.server}, or empty when it has none)
 */
public record KeyOwners(int partition, Optional<HostAddress> active, List<HostAddress> standbys, boolean local) {

    private static final KeyOwners UNAVAILABLE = new KeyOwners(-1, Optional.empty(), List.of(), false);

    public KeyOwners {
        Objects.requireNonNull(active, "active");
        standbys = List.copyOf(standbys);
    }

    /** Nobody holds the key now (the group is rebalancing, or the application is not running). */
    public static KeyOwners unavailable() {
        return UNAVAILABLE;
    }

    /** Whether an instance (this one or another) holds the active copy. */
    public boolean available() {
        return local || active.isPresent();
    }
}
