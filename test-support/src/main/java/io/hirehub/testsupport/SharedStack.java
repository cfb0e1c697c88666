package io.hirehub.testsupport;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.config.HirehubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one embedded stack every integration test of a Failsafe JVM shares: started lazily by the
 * first {@link #get()}, on a temporary data dir and free ports, closed by a shutdown hook. It runs
 * {@link io.hirehub.stack.StackComponents#standard}: the whole dev stack when the launcher (its
 * {@code StackAssembly}) is on the test class path, else the infrastructure alone (broker, topics,
 * PostgreSQL with migrations, S3 with the bucket, registry), on which a module's tests start the
 * part they test themselves.
 * Tests must not stop it, and should use their own topic names, subjects, keys and rows so they
 * do not see each other's data.
 */
public final class SharedStack {

    private static final Logger LOG = LoggerFactory.getLogger(SharedStack.class);
    private static SharedStack instance;

    private final Path dataDir;
    private final EmbeddedStack stack;
    private final S3Client s3Client;

    private SharedStack(final Path dataDir, final EmbeddedStack stack) {
        this.dataDir = dataDir;
        this.stack = stack;
        this.s3Client = S3Clients.create(stack.endpoints().s3());
    }

    /** The shared stack, started on first use. */
    public static synchronized SharedStack get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * Settings for a stack on {@code dataDir} with every port picked free and nothing read from the
     * environment, so a developer's HIREHUB_* variables cannot leak into tests.
     */
    public static HirehubSettings testSettings(final Path dataDir) {
        return HirehubSettings.load(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "data.dir", dataDir.toString(),
                        "env", "it",
                        "kafka.port", "0",
                        "kafka.controller.port", "0",
                        "postgres.port", "0",
                        "s3.port", "0",
                        "registry.port", "0",
                        "edge.port", "0",
                        "topics.partitions", "3"));
    }

    private static SharedStack start() {
        final Path dataDir;
        try {
            dataDir = Files.createTempDirectory("hirehub-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final EmbeddedStack stack = EmbeddedStack.start(testSettings(dataDir));
        LOG.info("Shared IT stack ready in {} ms: {}", stack.startupTime().toMillis(), stack.endpoints());
        final SharedStack shared = new SharedStack(dataDir, stack);
        Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "shared-stack-shutdown"));
        return shared;
    }

    private void stop() {
        s3Client.close();
        stack.close();
        deleteRecursively(dataDir);
    }

    /** The running stack (to reach a part, e.g. matching's interactive queries). */
    public EmbeddedStack stack() {
        return stack;
    }

    public Endpoints endpoints() {
        return stack.endpoints();
    }

    public HirehubSettings settings() {
        return stack.settings();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String kafkaBootstrap() {
        return endpoints().kafka();
    }

    public String jdbcUrl() {
        return endpoints().jdbc().url();
    }

    public String jdbcUser() {
        return endpoints().jdbc().user();
    }

    public String jdbcPassword() {
        return endpoints().jdbc().password();
    }

    /** A new connection to the stack's database; the caller closes it. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), jdbcUser(), jdbcPassword());
    }

    /** A shared S3 client (path-style, checksums only when required); do not close it. */
    public S3Client s3Client() {
        return s3Client;
    }

    public String s3Endpoint() {
        return endpoints().s3().endpoint();
    }

    /** The seed's resume bucket, created at start-up ({@code hirehub-resumes-it}). */
    public String bucket() {
        return endpoints().s3().bucket();
    }

    /** The schema registry's base URL. */
    public String registryUrl() {
        final String url = endpoints().registry();
        if (url == null) {
            throw new IllegalStateException("the stack has no schema registry part");
        }
        return url;
    }

    /** Deletes {@code root} and everything under it; logs what it cannot delete. */
    public static void deleteRecursively(final Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path dir, final IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", root, e.toString());
        }
    }
}
