package io.hirehub.schemas.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides at migration time what an {@code embedding} column is. The SQL migration creates it as
 * {@code real[]} (works everywhere); this migration, if {@code pg_available_extensions} lists
 * pgvector, creates the extension, converts the column to {@code vector(1536)} and adds the seed's
 * ivfflat cosine index. It logs the branch it took. It runs once per schema: installing pgvector
 * later does not convert an existing column (do that by hand, the SQL is in {@link #vectorDdl}).
 */
final class EmbeddingColumnMigration implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingColumnMigration.class);
    private static final String EXTENSION = "vector";

    private final HirehubService.EmbeddingTable target;

    EmbeddingColumnMigration(final HirehubService.EmbeddingTable target) {
        this.target = target;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(target.migrationVersion());
    }

    @Override
    public String getDescription() {
        return "embedding column type for " + target.table();
    }

    @Override
    public Integer getChecksum() {
        // Stable across runs so validate-on-migrate accepts the history; changes if the target does.
        return (target.table() + ':' + target.vectorIndex()).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(final Context context) throws SQLException {
        final Connection connection = context.getConnection();
        final String schema = context.getConfiguration().getDefaultSchema();
        final String table = quote(schema) + '.' + quote(target.table());
        if (!pgvectorAvailable(connection)) {
            LOG.info(
                    "pgvector is not available (not in pg_available_extensions): {}.{}.embedding stays {}, "
                            + "no {} index",
                    schema,
                    target.table(),
                    EmbeddingColumnType.REAL_ARRAY.sql(),
                    target.vectorIndex());
            return;
        }
        final Optional<String> extensionSchema = createExtension(connection);
        if (extensionSchema.isEmpty()) {
            LOG.warn(
                    "pgvector is available but this user cannot create it: {}.{}.embedding stays {}, no {} index",
                    schema,
                    target.table(),
                    EmbeddingColumnType.REAL_ARRAY.sql(),
                    target.vectorIndex());
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (final String ddl : vectorDdl(table, quote(extensionSchema.get()))) {
                statement.execute(ddl);
            }
        }
        LOG.info(
                "pgvector is available: {}.{}.embedding is {} with ivfflat index {}",
                schema,
                target.table(),
                EmbeddingColumnType.VECTOR.sql(),
                target.vectorIndex());
    }

    /**
     * Creates the extension unless it exists and returns its schema; empty if creating it is not
     * allowed (e.g. a non-superuser where pgvector is not a trusted extension), so the column
     * falls back to real[] instead of failing the whole migration.
     */
    private static Optional<String> createExtension(final Connection connection) throws SQLException {
        final Optional<String> existing = extensionSchema(connection);
        if (existing.isPresent()) {
            return existing;
        }
        final Savepoint beforeCreate = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            // In public so every service schema of the database shares one extension.
            statement.execute("CREATE EXTENSION IF NOT EXISTS " + EXTENSION + " WITH SCHEMA public");
        } catch (SQLException e) {
            connection.rollback(beforeCreate);
            LOG.warn("CREATE EXTENSION {} failed (SQLState {}): {}", EXTENSION, e.getSQLState(), e.getMessage());
            return Optional.empty();
        }
        connection.releaseSavepoint(beforeCreate);
        return Optional.of(extensionSchema(connection)
                .orElseThrow(
                        () -> new SQLException("extension " + EXTENSION + " missing right after CREATE EXTENSION")));
    }

    /** The pgvector branch's DDL: the seed's column type and ivfflat index. */
    String[] vectorDdl(final String qualifiedTable, final String extensionSchema) {
        final String vector = extensionSchema + ".vector(" + EmbeddingColumnType.DIMENSIONS + ")";
        return new String[] {
            "ALTER TABLE " + qualifiedTable + " ALTER COLUMN embedding TYPE " + vector + " USING embedding::" + vector,
            "CREATE INDEX " + quote(target.vectorIndex()) + " ON " + qualifiedTable + " USING ivfflat (embedding "
                    + extensionSchema + ".vector_cosine_ops) WITH (lists = 100)",
        };
    }

    private static boolean pgvectorAvailable(final Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT 1 FROM pg_available_extensions WHERE name = ?")) {
            query.setString(1, EXTENSION);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Optional<String> extensionSchema(final Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ?")) {
            query.setString(1, EXTENSION);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static String quote(final String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
