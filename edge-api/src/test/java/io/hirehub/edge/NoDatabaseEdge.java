package io.hirehub.edge;

import io.hirehub.edge.auth.Accounts;
import io.hirehub.edge.auth.AuthSettings;
import io.hirehub.edge.auth.Authenticator;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.http.RouteGroup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An edge for tests without a database, on a free port: bearer tokens are verified against a local
 * issuer's keys, and looking up an account fails (so only public routes, and refusals before an
 * account is needed, can be exercised).
 */
public final class NoDatabaseEdge {

    private NoDatabaseEdge() {}

    /** Starts an edge over {@code routes}, its issuer's keys kept in {@code dir}. */
    public static EdgeApp start(final Path dir, final Duration shutdownGrace, final List<RouteGroup> routes) {
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(dir.resolve("k.json"), "urn:test", "client");
        final Authenticator auth = new Authenticator(
                new TokenVerifier(
                        new AuthSettings(
                                "urn:test",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Duration.ZERO,
                                Duration.ZERO),
                        issuer.keys()),
                new Accounts(new UnreachableDataSource(), "user_service", Duration.ZERO));
        return new EdgeApp(
                        new EdgeSettings(
                                "localhost",
                                0,
                                Duration.ofHours(1),
                                Duration.ofMinutes(1),
                                Duration.ZERO,
                                shutdownGrace),
                        auth,
                        routes,
                        new SimpleMeterRegistry())
                .start();
    }

    private static final class UnreachableDataSource extends org.postgresql.ds.PGSimpleDataSource {
        private static final long serialVersionUID = 1L;

        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("no database in this test");
        }
    }
}
