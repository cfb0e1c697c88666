package io.hirehub.edge.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static final byte[] BODY = "{\"title\":\"a\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldBeAbsentWithoutTheHeader() {
        assertThat(IdempotencyKey.of(null, "sub", "POST", "/v1/jobs", BODY)).isEmpty();
    }

    @Test
    void shouldScopeTheKeyToTheCallerAndFingerprintTheRequest() {
        final IdempotencyKey key =
                IdempotencyKey.of("k-1", "sub", "POST", "/v1/jobs", BODY).orElseThrow();

        assertThat(key.caller()).isEqualTo("sub");
        assertThat(key.fingerprint()).hasSize(64);
        assertThat(IdempotencyKey.of("k-1", "sub", "POST", "/v1/jobs", BODY).map(IdempotencyKey::fingerprint))
                .contains(key.fingerprint());
        assertThat(IdempotencyKey.of("k-1", "sub", "POST", "/v1/jobs", "{}".getBytes(StandardCharsets.UTF_8))
                        .map(IdempotencyKey::fingerprint))
                .isNotEqualTo(Optional.of(key.fingerprint()));
        assertThat(IdempotencyKey.of("k-1", "sub", "POST", "/v1/companies", BODY)
                        .map(IdempotencyKey::fingerprint))
                .isNotEqualTo(Optional.of(key.fingerprint()));
    }

    @Test
    void shouldRefuseEmptyLongOrInvisibleKeysNamingTheHeader() {
        for (final String bad : new String[] {"", "a b", "x".repeat(256), "키"}) {
            assertThatThrownBy(() -> IdempotencyKey.of(bad, "sub", "POST", "/v1/jobs", BODY))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.errors())
                                    .containsExactly(new FieldProblem(
                                            "Idempotency-Key",
                                            "must be 1 to 255 visible ASCII characters (a UUID is a good key)")));
        }
    }
}
