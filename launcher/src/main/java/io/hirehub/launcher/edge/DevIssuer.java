package io.hirehub.launcher.edge;

import io.hirehub.edge.auth.AuthSettings;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where the development issuer's key lives ({@code DIR/edge/dev-issuer.json}) and the names its tokens carry. */
public final class DevIssuer {

    /** {@code iss} of development tokens. */
    public static final String ISSUER = "urn:hirehub:dev-issuer";
    /** {@code aud} of development tokens (the "app client id"). */
    public static final String AUDIENCE = "hirehub-dev";

    private DevIssuer() {}

    public static Path keyFile(final Path dataDir) {
        return dataDir.resolve("edge").resolve("dev-issuer.json");
    }

    public static LocalIssuer loadOrCreate(final Path dataDir) {
        return LocalIssuer.loadOrCreate(keyFile(dataDir), ISSUER, AUDIENCE);
    }

    /** Verifies {@code issuer}'s ID tokens, as every edge of a dev stack does (60 s skew, subjects cached 30 s). */
    public static TokenVerifier verifier(final LocalIssuer issuer) {
        return new TokenVerifier(
                new AuthSettings(
                        issuer.issuer(),
                        Optional.empty(),
                        Optional.of(issuer.audience()),
                        Optional.of("id"),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(30)),
                issuer.keys());
    }
}
