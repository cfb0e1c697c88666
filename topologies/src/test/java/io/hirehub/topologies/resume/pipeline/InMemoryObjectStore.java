package io.hirehub.topologies.resume.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ObjectStore} in a map keyed "bucket/key", for topology tests. */
final class InMemoryObjectStore implements ObjectStore {

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> get(final String bucket, final String key) {
        return Optional.ofNullable(objects.get(bucket + "/" + key));
    }

    @Override
    public void put(final String bucket, final String key, final byte[] bytes, final String contentType) {
        objects.put(bucket + "/" + key, bytes.clone());
    }

    Map<String, byte[]> all() {
        return Map.copyOf(objects);
    }
}
