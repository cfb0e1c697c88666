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
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer tokens: RS256 signature against the issuer's JWKS (fetched, cached and refreshed
 * when a new key id appears), {@code iss} exactly, {@code exp}/{@code nbf} with the configured skew,
 * {@code token_use} and the client id. Thread-safe.
 */
public final class TokenVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final AuthSettings settings;

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
        return new Verified(claims.getSubject(), text(claims, "email"));
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
