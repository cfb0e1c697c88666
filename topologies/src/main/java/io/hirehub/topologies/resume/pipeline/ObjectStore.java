package io.hirehub.topologies.resume.pipeline;

import java.util.Optional;

/**
 * The object store the pipeline reads originals from and writes {@code processed/} files to: S3 in
 * production ({@link S3ObjectStore}), a map in topology tests.
 */
public interface ObjectStore {

    /** The object's bytes, empty when there is no such object. */
    Optional<byte[]> get(String bucket, String key);

    /** Writes (or overwrites) one object. */
    void put(String bucket, String key, byte[] bytes, String contentType);
}
