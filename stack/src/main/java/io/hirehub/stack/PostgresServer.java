package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from the zonky binaries, with its data directory under the stack's data dir (kept
 * across restarts) and {@code wal_level=logical} so Debezium can stream its WAL.
 */
public final class PostgresServer implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final HirehubSettings settings;
    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres postgres;
    private Optional<ProcessHandle> postmaster = Optional.empty();

    public PostgresServer(final HirehubSettings settings) {
        this.settings = settings;
        this.port = Ports.resolve(settings.postgres().port());
        this.dataDir = settings.dataDir().resolve("postgres");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<PortClaim> portClaims() {
        return List.of(new PortClaim(port, ConfigKeys.POSTGRES_PORT));
    }

    @Override
    public void start(final StackContext context) throws Exception {
        final boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        Files.createDirectories(dataDir);
        postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(settings.startupTimeout())
                .setServerConfig("wal_level", "logical")
                // One slot and one sender per CDC runner, with room for tools and tests.
                .setServerConfig("max_replication_slots", "16")
                .setServerConfig("max_wal_senders", "16")
                .setServerConfig("max_connections", "200")
                .start();
        postmaster = PostmasterPid.read(dataDir).flatMap(ProcessHandle::of);
        final String database = settings.postgres().database();
        createDatabaseIfMissing(database);
        final String url = "jdbc:postgresql://" + settings.host() + ":" + port + "/" + database;
        context.publishJdbc(new Endpoints.Jdbc(
                url, settings.postgres().user(), settings.postgres().password()));
        LOG.info("PostgreSQL 17 ready on {} ({} data directory {})", url, fresh ? "new" : "existing", dataDir);
    }

    private void createDatabaseIfMissing(final String database) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name is validated as a plain lower-case identifier by PostgresSettings.
                create.execute("CREATE DATABASE " + database);
            }
            LOG.info("Created database {}", database);
        }
    }

    @Override
    public void close() throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            awaitPostmasterExit();
        }
    }

    /**
     * The library's {@code pg_ctl stop -m fast -t 5} gives up after 5 s and only logs it, while the server goes on
     * shutting down (a busy machine, a checkpoint to write): wait for the postmaster itself, so a stopped stack
     * leaves no server running and no {@code postmaster.pid} behind.
     */
    private void awaitPostmasterExit() throws InterruptedException {
        final Optional<ProcessHandle> process = postmaster;
        postmaster = Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            LOG.info("PostgreSQL stopped");
            return;
        }
        try {
            process.get().onExit().get(settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("PostgreSQL stopped (after pg_ctl's own wait ran out)");
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn(
                    "PostgreSQL (pid {}) still shutting down after {} s; the next start of this data dir stops it",
                    process.get().pid(),
                    settings.shutdownTimeout().toSeconds());
        }
    }
}
