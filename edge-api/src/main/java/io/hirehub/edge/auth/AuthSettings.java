package io.hirehub.edge.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the edge verifies bearer tokens: the issuer ({@code iss}), the JWKS holding its keys, the
 * client id the token must be for ({@code aud} of an id token, {@code client_id} of an access token),
 * and which {@code token_use} it accepts. For an Amazon Cognito user pool: issuer
 * {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}, JWKS {@code <issuer>/.well-known/jwks.json}.
 *
 * @param issuer        the exact {@code iss} every token must carry
 * @param jwks          where the issuer's public keys are; empty with a local issuer (its keys are in process)
 * @param audience      the app client id; empty accepts any
 * @param tokenUse      {@code id}, {@code access} or empty for both
 * @param clockSkew     tolerated clock difference for {@code exp}/{@code nbf}
 * @param accountTtl    how long a token subject's account and company memberships are cached
 */
public record AuthSettings(
        String issuer,
        Optional<URI> jwks,
        Optional<String> audience,
        Optional<String> tokenUse,
        Duration clockSkew,
        Duration accountTtl) {

    public AuthSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(tokenUse, "tokenUse");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(accountTtl, "accountTtl");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        tokenUse.ifPresent(use -> {
            if (!use.equals("id") && !use.equals("access")) {
                throw new IllegalArgumentException("token_use must be id or access, was " + use);
            }
        });
    }

    /** The JWKS of an issuer that publishes it at the OpenID/Cognito place, {@code <issuer>/.well-known/jwks.json}. */
    public static URI defaultJwks(final String issuer) {
        return URI.create(issuer.replaceAll("/+$", "") + "/.well-known/jwks.json");
    }
}
