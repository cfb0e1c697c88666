package io.hirehub.edge;

import io.hirehub.edge.auth.AuthSettings;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.edge.resumes.S3ResumeFiles;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.testsupport.SharedStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * One edge per test JVM on the shared IT stack, writing to private copies of the service schemas
 * ({@code itedge_<service>}) that CDC does not capture, so outbox rows stay for the assertions. Its
 * tokens come from a local issuer whose key lives in a temporary file.
 */
final class EdgeStack {

    static final String SCHEMA_PATTERN = "itedge_{service}";

    private static EdgeStack instance;

    private final EdgeServer server;
    private final LocalIssuer issuer;
    private final LocalIssuer stranger;

    private EdgeStack(final EdgeServer server, final LocalIssuer issuer, final LocalIssuer stranger) {
        this.server = server;
        this.issuer = issuer;
        this.stranger = stranger;
    }

    static synchronized EdgeStack get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static EdgeStack start() {
        final SharedStack stack = SharedStack.get();
        final Endpoints endpoints = stack.endpoints();
        final MigrationSettings schemas = MigrationSettings.of(
                        endpoints.jdbc().url(),
                        endpoints.jdbc().user(),
                        endpoints.jdbc().password())
                .withSchemaPattern(SCHEMA_PATTERN);
        new Migrations(schemas).migrate();
        final Path keys;
        try {
            keys = Files.createTempDirectory("hirehub-edge-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final LocalIssuer issuer = LocalIssuer.loadOrCreate(keys.resolve("issuer.json"), "urn:it:edge", "it-client");
        // Same names, another key: its tokens must be refused.
        final LocalIssuer stranger =
                LocalIssuer.loadOrCreate(keys.resolve("stranger.json"), "urn:it:edge", "it-client");
        final ServiceDatabases databases = ServiceDatabases.open(schemas, 4, "it-edge");
        final S3Presigner presigner = S3Clients.presigner(endpoints.s3());
        final TokenVerifier verifier = new TokenVerifier(
                new AuthSettings(
                        issuer.issuer(),
                        Optional.empty(),
                        Optional.of(issuer.audience()),
                        Optional.of("id"),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30)),
                issuer.keys());
        final EdgeServer server = EdgeServer.start(
                new EdgeSettings(
                        "localhost",
                        0,
                        Duration.ofHours(1),
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(5)),
                new EdgeServer.Resources(
                        databases,
                        HttpSchemaRegistryClient.of(stack.registryUrl()),
                        stack.s3Client(),
                        stack.bucket(),
                        new S3ResumeFiles(presigner),
                        verifier,
                        Optional.of(issuer.jwksJson()),
                        // No matching application in this JVM: match reads answer 503 here; launcher's EdgeReadsIT
                        // covers them.
                        Optional::empty,
                        QuerySettings.defaults()));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            presigner.close();
                            databases.close();
                        },
                        "edge-it-close"));
        return new EdgeStack(server, issuer, stranger);
    }

    String url() {
        return server.url();
    }

    /** A valid token for {@code subject}. */
    String token(final String subject) {
        return issuer.mint(subject, Optional.of(subject + "@example.com"), Duration.ofMinutes(10));
    }

    /** A well-formed token signed by a key the edge does not trust. */
    String foreignToken(final String subject) {
        return stranger.mint(subject, Optional.empty(), Duration.ofMinutes(10));
    }

    /** An expired token of the trusted issuer. */
    String expiredToken(final String subject) {
        return issuer.mint(subject, Optional.empty(), Duration.ofMinutes(-10));
    }

    /** The first column of every row of {@code sql} ({@code itedge_} schemas). */
    static List<Object> column(final String sql, final Object... args) throws SQLException {
        try (Connection connection = SharedStack.get().connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                final List<Object> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(rows.getObject(1));
                }
                return out;
            }
        }
    }

    static long count(final String sql, final Object... args) throws SQLException {
        return ((Number) column(sql, args).get(0)).longValue();
    }

    static void execute(final String sql, final Object... args) throws SQLException {
        try (Connection connection = SharedStack.get().connection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                update.setObject(i + 1, args[i]);
            }
            update.executeUpdate();
        }
    }
}
