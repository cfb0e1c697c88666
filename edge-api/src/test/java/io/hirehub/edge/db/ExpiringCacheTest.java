package io.hirehub.edge.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(final String key) {
        loads.incrementAndGet();
        return key.startsWith("missing") ? Optional.empty() : Optional.of(key.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void shouldServeAHitUntilItExpires() {
        final ExpiringCache<String, String> cache = new ExpiringCache<>(10, Duration.ofSeconds(30), now::get);

        assertThat(cache.get("a", this::load)).contains("A");
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("a", this::load)).contains("A");
        assertThat(loads).hasValue(1);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get("a", this::load)).contains("A");
        assertThat(loads).hasValue(2);
    }

    @Test
    void shouldNotCacheMissesSoANewRowIsSeenAtOnce() {
        final ExpiringCache<String, String> cache = new ExpiringCache<>(10, Duration.ofSeconds(30), now::get);

        cache.get("missing", this::load);
        cache.get("missing", this::load);

        assertThat(loads).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedAndForgetInvalidatedKeys() {
        final ExpiringCache<String, String> cache = new ExpiringCache<>(2, Duration.ofSeconds(30), now::get);
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("a", this::load);
        cache.get("c", this::load);

        cache.get("a", this::load);
        assertThat(loads).hasValue(3);
        cache.get("b", this::load);
        assertThat(loads).hasValue(4);
        cache.invalidate("b");
        cache.get("b", this::load);
        assertThat(loads).hasValue(5);
    }

    @Test
    void shouldKeepAValueForItsOwnLifetimeWhenShorterThanTheTtlAndNotAtAllWhenItHasNone() {
        final ExpiringCache<String, String> cache = new ExpiringCache<>(10, Duration.ofSeconds(30), now::get);
        final long fiveSeconds = Duration.ofSeconds(5).toNanos();

        cache.get("short", this::load, value -> fiveSeconds);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        cache.get("short", this::load, value -> fiveSeconds);
        assertThat(loads).hasValue(1);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.get("short", this::load, value -> fiveSeconds);
        assertThat(loads).hasValue(2);

        cache.get("long", this::load, value -> Long.MAX_VALUE);
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        cache.get("long", this::load, value -> Long.MAX_VALUE);
        assertThat(loads).hasValue(4);

        cache.get("spent", this::load, value -> 0L);
        cache.get("spent", this::load, value -> 0L);
        assertThat(loads).hasValue(6);
        assertThat(cache.size()).isEqualTo(2);
    }
}
