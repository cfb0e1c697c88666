package io.hirehub.edge.query;

import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keys of one store grouped by the instance holding their ACTIVE copy, as the group's assignment says:
 * a read gathered from several instances asks each instance once for its group, and only for keys it
 * owns actively, so no key is read twice and no standby copy is merged. Standbys play no part here.
 *
 * @param local       keys whose active copy is on this instance, in the order given
 * @param remote      keys by the other instance holding their active copy, instances in order of first key
 * @param unavailable keys nobody owns now (a rebalance: {@code NOT_AVAILABLE} is never a host to call)
 */
public record OwnerGroups(List<String> local, Map<HostAddress, List<String>> remote, List<String> unavailable) {

    public OwnerGroups {
        local = List.copyOf(local);
        final Map<HostAddress, List<String>> copy = new LinkedHashMap<>();
        remote.forEach((host, keys) -> copy.put(host, List.copyOf(keys)));
        remote = Collections.unmodifiableMap(copy);
        unavailable = List.copyOf(unavailable);
    }

    /** Groups {@code keys} (duplicates once) by their owners, asked once per key. */
    public static OwnerGroups of(final Collection<String> keys, final Function<String, KeyOwners> owners) {
        final List<String> local = new ArrayList<>();
        final Map<HostAddress, List<String>> remote = new LinkedHashMap<>();
        final List<String> unavailable = new ArrayList<>();
        for (final String key : new LinkedHashSet<>(keys)) {
            final KeyOwners owner = owners.apply(key);
            if (owner.local()) {
                local.add(key);
            } else if (owner.active().isPresent()) {
                remote.computeIfAbsent(owner.active().get(), host -> new ArrayList<>())
                        .add(key);
            } else {
                unavailable.add(key);
            }
        }
        return new OwnerGroups(local, remote, unavailable);
    }

    /** Whether every key has an active owner. */
    public boolean allOwned() {
        return unavailable.isEmpty();
    }

    /** Whether every key's active copy is on this instance. */
    public boolean allLocal() {
        return remote.isEmpty() && unavailable.isEmpty();
    }
}
