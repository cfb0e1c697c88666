package io.hirehub.apps.streams;

import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What every query port implementation needs from a running application: one key of a local
 * String-keyed store read from the copy {@link ReadFrom} allows, who owns a key, and how far a local
 * copy lags. Kafka Streams' own exceptions stay here: a store that cannot be read now is a
 * {@link StoreUnavailableException}, an unassigned key {@link KeyOwners#unavailable()}.
 *
 * <p>Owners come from the group's assignment, which knows an instance only by its
 * {@code application.server}. An application without one cannot be found by others and cannot find
 * them: every key is then reported as this instance's ({@code local}, no partition), and a read
 * answers from whatever this instance holds.
 *
 * <p>A key's partition never changes while the application runs (its topics keep their partition
 * count), so {@link #owners} remembers it and a later {@link #get} of that key reads that partition's
 * store only, instead of asking every local task (most of a read's cost without it). If the partition
 * has moved away meanwhile, the read is unavailable (the caller asks the owners again), never a
 * wrong "absent". The owners themselves are remembered while the application stays RUNNING and
 * forgotten on each of its state changes ({@link RememberedOwners}), so a read does not ask the
 * group's metadata each time.
 */
public final class LocalStores {

    private static final Serializer<String> KEYS = new StringSerializer();
    /** Remembered key partitions and owners; each forgotten all at once beyond this (the next lookup refills). */
    static final int REMEMBERED_KEYS = 100_000;
    /** How long a key's owners are remembered at most, state changes aside (see {@link RememberedOwners}). */
    static final Duration OWNERS_MAX_AGE = Duration.ofSeconds(1);

    private record StoreKey(String store, String key) {}

    private final Map<StoreKey, Integer> partitions = new ConcurrentHashMap<>();
    private final RememberedOwners<StoreKey> owners = new RememberedOwners<>(REMEMBERED_KEYS, OWNERS_MAX_AGE);
    private final KafkaStreams streams;
    private final Optional<HostInfo> self;

    private LocalStores(final KafkaStreams streams, final Optional<HostInfo> self) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.self = Objects.requireNonNull(self, "self");
    }

    /**
     * The stores of {@code app} on this instance. The owners it remembers are forgotten on every state
     * change of the application (a new assignment passes through REBALANCING).
     */
    public static LocalStores of(final StreamsApp app) {
        final LocalStores stores = new LocalStores(app.streams(), app.settings().applicationServer());
        app.onStateChange((next, previous) -> stores.owners.forget());
        return stores;
    }

    /** The value of {@code key} in this instance's copy of {@code store}, if it holds one. */
    public <V> Optional<V> get(final String store, final String key, final ReadFrom from) {
        Objects.requireNonNull(key, "key");
        try {
            final StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> all =
                    StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore());
            final Integer partition = partitions.get(new StoreKey(store, key));
            final StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> query =
                    partition == null ? all : all.withPartition(partition);
            final ReadOnlyKeyValueStore<String, V> values =
                    streams.store(from == ReadFrom.ACTIVE_OR_STANDBY ? query.enableStaleStores() : query);
            return Optional.ofNullable(values.get(key));
        } catch (InvalidStateStoreException | IllegalStateException e) {
            // IllegalStateException: the application is not running (closed, or failed for good).
            throw new StoreUnavailableException(store, e);
        }
    }

    /**
     * Who holds {@code key} of {@code store} (see the class comment for an application without a
     * server): remembered while the application stays RUNNING ({@link RememberedOwners}).
     */
    public KeyOwners owners(final String store, final String key) {
        if (self.isEmpty()) {
            return new KeyOwners(-1, Optional.empty(), List.of(), true);
        }
        final StoreKey storeKey = new StoreKey(store, key);
        return owners.owners(
                storeKey, () -> streams.state() == KafkaStreams.State.RUNNING, () -> lookUpOwners(storeKey));
    }

    private KeyOwners lookUpOwners(final StoreKey storeKey) {
        final String store = storeKey.store();
        final String key = storeKey.key();
        final KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(store, key, KEYS);
        } catch (StreamsException | IllegalStateException e) {
            return KeyOwners.unavailable();
        }
        if (metadata == null
                || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)
                || metadata.partition() < 0
                || metadata.activeHost().port() < 1) {
            return KeyOwners.unavailable();
        }
        remember(storeKey, metadata.partition());
        return new KeyOwners(
                metadata.partition(),
                Optional.of(address(metadata.activeHost())),
                metadata.standbyHosts().stream()
                        .filter(host -> host.port() > 0)
                        .map(LocalStores::address)
                        .sorted(Comparator.comparing(HostAddress::toString))
                        .toList(),
                metadata.activeHost().equals(self.get()));
    }

    /** Offset lag of this instance's copy of {@code store}'s {@code partition}; empty when it holds none. */
    public OptionalLong localLag(final String store, final int partition) {
        final Map<String, Map<Integer, LagInfo>> lags;
        try {
            lags = streams.allLocalStorePartitionLags();
        } catch (StreamsException | IllegalStateException e) {
            return OptionalLong.empty();
        }
        final LagInfo lag = lags.getOrDefault(store, Map.of()).get(partition);
        return lag == null ? OptionalLong.empty() : OptionalLong.of(lag.offsetLag());
    }

    private void remember(final StoreKey key, final int partition) {
        if (partitions.size() >= REMEMBERED_KEYS) {
            partitions.clear();
        }
        partitions.put(key, partition);
    }

    private static HostAddress address(final HostInfo host) {
        return new HostAddress(host.host(), host.port());
    }
}
