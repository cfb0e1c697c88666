package io.hirehub.apps.match;

import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.topologies.embed.EmbeddingProvider;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matching compares job vectors with resume vectors, so both must come from one model at one size.
 * Before matching starts, this reads which model embedded the resumes already analysed
 * ({@code ai_tasks.model_used} of the embedding tasks) and how long their vectors are
 * ({@code resume_embeddings}), and refuses a provider that differs: scores across models are
 * meaningless, and switching model means re-embedding. A database it cannot read is logged, not fatal.
 */
final class EmbeddingAgreement {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingAgreement.class);

    private EmbeddingAgreement() {}

    static void check(final MigrationSettings database, final EmbeddingProvider provider) {
        final List<String> models;
        final Optional<Integer> dimensions;
        try {
            models = models(database, HirehubService.AI);
            dimensions = dimensions(database, HirehubService.RESUME);
        } catch (SQLException e) {
            LOG.warn("cannot check which model embedded the resumes so far: {}", e.getMessage());
            return;
        }
        final List<String> others =
                models.stream().filter(m -> !m.equals(provider.modelId())).toList();
        if (!others.isEmpty()) {
            throw new EmbeddingMismatchException("matching would embed jobs with " + provider.modelId()
                    + ", but resumes in the database were embedded with " + String.join(", ", others)
                    + "; configure the embedding.* / bedrock.embedding.* keys as the resume pipeline has them"
                    + " (switching model means re-analysing every resume)");
        }
        if (dimensions.isPresent() && dimensions.get() != provider.dimensions()) {
            throw new EmbeddingMismatchException("matching would embed jobs as vectors of " + provider.dimensions()
                    + " floats, but the resumes' vectors have " + dimensions.get()
                    + "; set embedding.dimensions as the resume pipeline has it");
        }
    }

    private static List<String> models(final MigrationSettings database, final HirehubService ai) throws SQLException {
        final List<String> models = new ArrayList<>();
        try (Connection c = connect(database, ai);
                PreparedStatement st = c.prepareStatement("SELECT DISTINCT model_used FROM " + database.schemaFor(ai)
                        + ".ai_tasks WHERE task_type = 'embedding' AND status = 'completed'"
                        + " AND model_used IS NOT NULL");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                models.add(rs.getString(1));
            }
        }
        return models;
    }

    /** Vector size of one stored resume chunk: {@code real[]} here, {@code vector(n)} where pgvector exists. */
    private static Optional<Integer> dimensions(final MigrationSettings database, final HirehubService resume)
            throws SQLException {
        final String schema = database.schemaFor(resume);
        try (Connection c = connect(database, resume)) {
            for (final String size : List.of("cardinality(embedding::real[])", "vector_dims(embedding)")) {
                try (PreparedStatement st = c.prepareStatement("SELECT " + size + " FROM " + schema
                                + ".resume_embeddings WHERE embedding IS NOT NULL LIMIT 1");
                        ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
                } catch (SQLException e) {
                    LOG.debug("{} unreadable: {}", size, e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static Connection connect(final MigrationSettings database, final HirehubService service)
            throws SQLException {
        return DriverManager.getConnection(database.jdbcUrlFor(service), database.user(), database.password());
    }
}
