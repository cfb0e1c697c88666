package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.support.Resources;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingObjectStoreTest {

    private static final List<Duration> PAUSES = List.of(Duration.ofMillis(500), Duration.ofSeconds(1));

    /** Fails the first {@code failures} calls, then answers from an in-memory store. */
    private static final class Flaky implements ObjectStore {
        final InMemoryObjectStore inner = new InMemoryObjectStore();
        final AtomicInteger calls = new AtomicInteger();
        int failures;

        Flaky(final int failures) {
            this.failures = failures;
        }

        @Override
        public Optional<byte[]> get(final String bucket, final String key) {
            fail();
            return inner.get(bucket, key);
        }

        @Override
        public void put(final String bucket, final String key, final byte[] bytes, final String contentType) {
            fail();
            inner.put(bucket, key, bytes, contentType);
        }

        private void fail() {
            if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("503 Slow Down");
            }
        }
    }

    private final List<Duration> slept = new ArrayList<>();

    @Test
    void shouldRetryAfterEachPauseAndReturnTheAnswer() {
        final Flaky flaky = new Flaky(2);
        flaky.inner.put("b", "k", new byte[] {1}, "application/octet-stream");

        final Optional<byte[]> bytes = new RetryingObjectStore(flaky, PAUSES, slept::add).get("b", "k");

        assertThat(bytes).hasValueSatisfying(b -> assertThat(b).containsExactly(1));
        assertThat(flaky.calls).hasValue(3);
        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void shouldNotRetryAMissingObject() {
        final Flaky flaky = new Flaky(0);

        assertThat(new RetryingObjectStore(flaky, PAUSES, slept::add).get("b", "nothing"))
                .isEmpty();
        assertThat(flaky.calls).hasValue(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void shouldGiveUpAsUnavailableAfterTheLastAttempt() {
        final Flaky flaky = new Flaky(Integer.MAX_VALUE);

        assertThatThrownBy(() -> new RetryingObjectStore(flaky, PAUSES, slept::add)
                        .put("b", "processed/x/masked.txt", new byte[0], "text/plain"))
                .isInstanceOf(ObjectStoreUnavailableException.class)
                .hasMessage(
                        "object store failed to write s3://b/processed/x/masked.txt after 3 attempts: 503 Slow Down")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(flaky.calls).hasValue(3);
    }

    @Test
    void shouldLeaveAnUploadUnansweredWhileTheStoreIsDownAndAnalyseItWhenItIsBack() {
        final Flaky flaky = new Flaky(0);
        try (PipelineHarness pipeline = new PipelineHarness(
                ResumeAnalyzer.builder().build(),
                store -> new RetryingObjectStore(
                        new ObjectStore() {
                            @Override
                            public Optional<byte[]> get(final String bucket, final String key) {
                                flaky.fail();
                                return store.get(bucket, key);
                            }

                            @Override
                            public void put(
                                    final String bucket, final String key, final byte[] bytes, final String type) {
                                flaky.fail();
                                store.put(bucket, key, bytes, type);
                            }
                        },
                        PAUSES,
                        slept::add))) {
            flaky.failures = Integer.MAX_VALUE;
            final UUID user = UUID.randomUUID();

            assertThatThrownBy(() -> pipeline.upload(user, "cv.txt", "Java 개발자 5년".getBytes(StandardCharsets.UTF_8)))
                    .hasRootCauseMessage("503 Slow Down");
            assertThat(pipeline.results.readValuesToList())
                    .as("no error result for an outage")
                    .isEmpty();
            assertThat(pipeline.driver
                            .getKeyValueStore(ResumePipelineNames.PROCESSED_EVENTS_STORE)
                            .approximateNumEntries())
                    .as("the event is not marked answered")
                    .isZero();

            flaky.failures = 0;
            pipeline.upload(user, "ko_backend.txt", Resources.bytes("ko_backend.txt"));
            assertThat(pipeline.results.readValuesToList())
                    .singleElement()
                    .satisfies(r -> assertThat(r.getStatus())
                            .as(String.valueOf(r.getErrorMessage()))
                            .isEqualTo(ResumeStatus.READY));
        }
    }
}
