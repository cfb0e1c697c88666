package io.hirehub.stack.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP edge's {@code edge.*} keys.
 *
 * @param enabled        {@code edge.enabled}: whether {@code dev} starts it
 * @param port           {@code edge.port} (0 picks a free one)
 * @param issuer         {@code edge.auth.issuer}; empty runs the local development issuer
 * @param jwks           {@code edge.auth.jwks.url}; empty means the issuer's {@code /.well-known/jwks.json}
 * @param audience       {@code edge.auth.audience}; empty accepts any client
 * @param tokenUse       {@code edge.auth.token.use}: {@code id}, {@code access} or empty for both
 * @param idempotencyTtl {@code edge.idempotency.ttl}
 * @param downloadTtl    {@code edge.download.link.ttl}
 */
public record EdgeConfig(
        boolean enabled,
        int port,
        Optional<String> issuer,
        Optional<URI> jwks,
        Optional<String> audience,
        Optional<String> tokenUse,
        Duration idempotencyTtl,
        Duration downloadTtl) {

    public EdgeConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(tokenUse, "tokenUse");
        Objects.requireNonNull(idempotencyTtl, "idempotencyTtl");
        Objects.requireNonNull(downloadTtl, "downloadTtl");
    }

    /** Whether tokens come from the local development issuer ({@code hirehub token}). */
    public boolean localIssuer() {
        return issuer.isEmpty();
    }

    static EdgeConfig from(final ResolvedConfig config) {
        final Optional<String> tokenUse = config.optional(ConfigKeys.EDGE_AUTH_TOKEN_USE);
        if (tokenUse.isPresent()
                && !tokenUse.get().equals("id")
                && !tokenUse.get().equals("access")) {
            throw config.invalid(ConfigKeys.EDGE_AUTH_TOKEN_USE, "id, access or empty");
        }
        final Duration idempotency = config.duration(ConfigKeys.EDGE_IDEMPOTENCY_TTL);
        if (idempotency.isNegative() || idempotency.isZero()) {
            throw config.invalid(ConfigKeys.EDGE_IDEMPOTENCY_TTL, "a positive duration");
        }
        final Duration download = config.duration(ConfigKeys.EDGE_DOWNLOAD_LINK_TTL);
        if (download.isNegative() || download.isZero() || download.compareTo(Duration.ofDays(7)) > 0) {
            throw config.invalid(ConfigKeys.EDGE_DOWNLOAD_LINK_TTL, "a positive duration of at most 168h");
        }
        final Optional<String> issuer = config.optional(ConfigKeys.EDGE_AUTH_ISSUER);
        return new EdgeConfig(
                config.bool(ConfigKeys.EDGE_ENABLED),
                config.port(ConfigKeys.EDGE_PORT),
                issuer,
                config.httpUri(ConfigKeys.EDGE_AUTH_JWKS_URL),
                config.optional(ConfigKeys.EDGE_AUTH_AUDIENCE),
                tokenUse,
                idempotency,
                download);
    }
}
