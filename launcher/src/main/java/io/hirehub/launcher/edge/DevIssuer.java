package io.hirehub.launcher.edge;

import io.hirehub.edge.auth.LocalIssuer;
import java.nio.file.Path;

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
}
