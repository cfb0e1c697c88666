package io.hirehub.edge.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.hirehub.edge.db.ExpiringCache;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer tokens: RS256 signature against the issuer's JWKS (fetched, cached and refreshed
 * when a new key id appears), {@code iss} exactly, {@code exp}/{@code nbf} with the configured skew,
 * {@code token_use} and the client id. Thread-safe.
 *
 * <p>A token that passed is remembered by its exact text until its {@code exp} (at most
 * {@link #REMEMBERED_FOR}, at most {@link #REMEMBERED_TOKENS} tokens, least recently used dropped
 * first), so a client repeating its token does not pay for parsing and an RSA signature check on every
 * request. Nothing a token says can change while it is valid; a key withdrawn from the JWKS stops
 * covering remembered tokens after {@link #REMEMBERED_FOR}, the same bound the JWKS cache keeps keys.
 * Refusals are not remembered.
 */
public final class TokenVerifier {

    /** How many verified tokens are remembered. */
    static final int REMEMBERED_TOKENS = 10_000;
    /** How long a verified token is remembered at most (also bounded by its own expiry). */
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final AuthSettings settings;
    private final ExpiringCache<String, Checked> verified = new ExpiringCache<>(REMEMBERED_TOKENS, REMEMBERED_FOR);

    /** A verified token's answer and when it expires (epoch ms). */
    private record Checked(Verified verified, long expiresAtMillis) {}

    /** A verifier that fetches the keys from {@code settings.jwks()}. */
    public static TokenVerifier remote(final AuthSettings settings) {
        final java.net.URI jwks = settings.jwks().orElse(AuthSettings.defaultJwks(settings.issuer()));
        try {
            return new TokenVerifier(
                    settings,
                    JWKSourceBuilder.<SecurityContext>create(jwks.toURL())
                            .retrying(true)
                            .build());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URL " + jwks + " is not a URL", e);
        }
    }

    public TokenVerifier(final AuthSettings settings, final JWKSource<SecurityContext> keys) {
        this.settings = Objects.requireNonNull(settings, "settings");
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        final DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                null, new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** The verified claims' subject and email; throws {@link InvalidTokenException} saying why not. */
    public Verified verify(final String token) {
        return verified.get(
                        token,
                        text -> Optional.of(check(text)),
                        checked -> Duration.ofMillis(checked.expiresAtMillis() - System.currentTimeMillis())
                                .toNanos())
                .orElseThrow()
                .verified();
    }

    private Checked check(final String token) {
        final JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a JWT");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token's signature cannot be checked: " + e.getMessage());
        }
        final Optional<String> use = text(claims, "token_use");
        if (settings.tokenUse().isPresent() && !settings.tokenUse().equals(use)) {
            throw new InvalidTokenException(
                    "token_use must be " + settings.tokenUse().get() + ", was " + use.orElse("none"));
        }
        if (settings.audience().isPresent()) {
            final String client = settings.audience().get();
            final List<String> audience = claims.getAudience();
            final boolean forUs = audience.contains(client)
                    || client.equals(text(claims, "client_id").orElse(null));
            if (!forUs) {
                throw new InvalidTokenException("the token was issued for another client");
            }
        }
        // exp is a required claim: the processor refused the token without one.
        final Date expires = claims.getExpirationTime();
        return new Checked(new Verified(claims.getSubject(), text(claims, "email")), expires.getTime());
    }

    private static Optional<String> text(final JWTClaimsSet claims, final String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** What a valid token says about its holder. */
    public record Verified(String subject, Optional<String> email) {}
}
