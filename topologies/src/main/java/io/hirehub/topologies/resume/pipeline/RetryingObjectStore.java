package io.hirehub.topologies.resume.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ObjectStore} that retries failed calls after the given pauses, then gives up with
 * {@link ObjectStoreUnavailableException}. "No such object" is an answer, not a failure, and is never
 * retried. The pipeline lets that exception abort its transaction, so an S3 outage delays resumes
 * (they are analysed again once the store answers) instead of marking them failed.
 */
public final class RetryingObjectStore implements ObjectStore {

    /** Pauses between attempts in production: four attempts over 3.5 s, well inside a poll interval. */
    public static final List<Duration> DEFAULT_PAUSES =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));

    private static final Logger LOG = LoggerFactory.getLogger(RetryingObjectStore.class);

    /** How the retry waits (a real sleep in production, nothing in tests). */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final ObjectStore delegate;
    private final List<Duration> pauses;
    private final Pause pause;

    public RetryingObjectStore(final ObjectStore delegate, final List<Duration> pauses, final Pause pause) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.pauses = List.copyOf(pauses);
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /** Production retries with {@link Thread#sleep}. */
    public static RetryingObjectStore withDefaults(final ObjectStore delegate) {
        return new RetryingObjectStore(delegate, DEFAULT_PAUSES, d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public Optional<byte[]> get(final String bucket, final String key) {
        return attempt("read s3://" + bucket + "/" + key, () -> delegate.get(bucket, key));
    }

    @Override
    public void put(final String bucket, final String key, final byte[] bytes, final String contentType) {
        attempt("write s3://" + bucket + "/" + key, () -> {
            delegate.put(bucket, key, bytes, contentType);
            return null;
        });
    }

    private <T> T attempt(final String what, final Supplier<T> call) {
        RuntimeException last = null;
        for (int i = 0; i <= pauses.size(); i++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                last = e;
                if (i < pauses.size()) {
                    LOG.warn(
                            "object store failed to {} ({}); attempt {} of {} in {} ms",
                            what,
                            e.getClass().getSimpleName(),
                            i + 2,
                            pauses.size() + 1,
                            pauses.get(i).toMillis());
                    sleep(pauses.get(i));
                }
            }
        }
        throw new ObjectStoreUnavailableException(
                "object store failed to " + what + " after " + (pauses.size() + 1) + " attempts: " + last.getMessage(),
                last);
    }

    private void sleep(final Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStoreUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
