package io.hirehub.edge.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVerifierTest {

    @TempDir
    Path dir;

    private TokenVerifier verifier(
            final LocalIssuer issuer, final Optional<String> audience, final Optional<String> use) {
        return new TokenVerifier(
                new AuthSettings(
                        issuer.issuer(), Optional.empty(), audience, use, Duration.ZERO, Duration.ofSeconds(1)),
                issuer.keys());
    }

    @Test
    void shouldAcceptItsIssuersTokenAndReadSubjectAndEmail() {
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:test", "client");

        final TokenVerifier.Verified verified = verifier(issuer, Optional.of("client"), Optional.of("id"))
                .verify(issuer.mint("sub-1", Optional.of("a@example.com"), Duration.ofMinutes(5)));

        assertThat(verified.subject()).isEqualTo("sub-1");
        assertThat(verified.email()).contains("a@example.com");
    }

    @Test
    void shouldRefuseExpiredForeignMisaddressedAndMisusedTokens() {
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:test", "client");
        final LocalIssuer stranger = LocalIssuer.loadOrCreate(dir.resolve("other.json"), "urn:test", "client");
        final String good = issuer.mint("sub", Optional.empty(), Duration.ofMinutes(5));

        assertThatThrownBy(() -> verifier(issuer, Optional.empty(), Optional.empty())
                        .verify(issuer.mint("sub", Optional.empty(), Duration.ofMinutes(-1))))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("Expired JWT");
        assertThatThrownBy(() -> verifier(issuer, Optional.empty(), Optional.empty())
                        .verify(stranger.mint("sub", Optional.empty(), Duration.ofMinutes(5))))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("no matching key");
        assertThatThrownBy(() -> verifier(issuer, Optional.of("another-client"), Optional.empty())
                        .verify(good))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("the token was issued for another client");
        assertThatThrownBy(() -> verifier(issuer, Optional.empty(), Optional.of("access"))
                        .verify(good))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("token_use must be access, was id");
        assertThatThrownBy(() ->
                        verifier(issuer, Optional.empty(), Optional.empty()).verify("a.b.c"))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuerWithTheSameKey() {
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:test", "client");
        final LocalIssuer renamed = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:other", "client");

        assertThatThrownBy(() -> verifier(issuer, Optional.empty(), Optional.empty())
                        .verify(renamed.mint("sub", Optional.empty(), Duration.ofMinutes(5))))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void shouldKeepTheKeyFileForTheOwnerOnlyAndReuseIt() throws Exception {
        final Path file = dir.resolve("k.json");
        final LocalIssuer first = LocalIssuer.loadOrCreate(file, "urn:test", "client");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        final String token = LocalIssuer.load(file).mint("sub", Optional.empty(), Duration.ofMinutes(5));
        assertThat(verifier(first, Optional.empty(), Optional.empty())
                        .verify(token)
                        .subject())
                .isEqualTo("sub");
    }

    @Test
    void shouldRememberAVerifiedTokenUntilItExpiresAndNotARefusedOne() {
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:test", "client");
        final AtomicInteger keyLookups = new AtomicInteger();
        final JWKSource<SecurityContext> keys = issuer.keys();
        final TokenVerifier verifier = new TokenVerifier(
                new AuthSettings(
                        issuer.issuer(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Duration.ZERO,
                        Duration.ofSeconds(1)),
                (selector, context) -> {
                    keyLookups.incrementAndGet();
                    return keys.get(selector, context);
                });
        final String shortLived = issuer.mint("sub-2", Optional.of("b@example.com"), Duration.ofSeconds(2));

        assertThat(verifier.verify(shortLived).subject()).isEqualTo("sub-2");
        assertThat(verifier.verify(shortLived).email()).contains("b@example.com");
        assertThat(keyLookups).hasValue(1);

        final String stranger = LocalIssuer.loadOrCreate(dir.resolve("other.json"), "urn:test", "client")
                .mint("sub", Optional.empty(), Duration.ofMinutes(5));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> verifier.verify(stranger)).isInstanceOf(InvalidTokenException.class);
        }
        assertThat(keyLookups).hasValue(3);

        // Once expired, the remembered answer is gone: the token is checked again and refused.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThatThrownBy(() -> verifier.verify(shortLived))
                        .isInstanceOf(InvalidTokenException.class)
                        .hasMessage("Expired JWT"));
    }
}
