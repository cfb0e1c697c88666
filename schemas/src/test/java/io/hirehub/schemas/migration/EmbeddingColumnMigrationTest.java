package io.hirehub.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pgvector branch cannot run here (no pgvector); its DDL is checked against the seed's text. */
class EmbeddingColumnMigrationTest {

    private final EmbeddingColumnMigration resume =
            new EmbeddingColumnMigration(HirehubService.RESUME.embeddingTable().orElseThrow());

    @Test
    void shouldTurnTheColumnIntoTheSeedsVectorAndIvfflatIndex() {
        assertThat(resume.vectorDdl("\"resume_service\".\"resume_embeddings\"", "\"public\""))
                .containsExactly(
                        "ALTER TABLE \"resume_service\".\"resume_embeddings\" ALTER COLUMN embedding TYPE \"public\".vector(1536)"
                                + " USING embedding::\"public\".vector(1536)",
                        "CREATE INDEX \"idx_resume_embeddings_vector\" ON \"resume_service\".\"resume_embeddings\""
                                + " USING ivfflat (embedding \"public\".vector_cosine_ops) WITH (lists = 100)");
    }

    @Test
    void shouldRunBetweenTheTablesAndTheOutboxWithAStableChecksum() {
        assertThat(resume.getVersion().getVersion()).isEqualTo("2");
        assertThat(resume.getDescription()).isEqualTo("embedding column type for resume_embeddings");
        assertThat(resume.getChecksum())
                .isEqualTo(new EmbeddingColumnMigration(
                                HirehubService.RESUME.embeddingTable().orElseThrow())
                        .getChecksum());
        assertThat(HirehubService.AI.javaMigrations())
                .singleElement()
                .satisfies(m -> assertThat(m.getDescription()).isEqualTo("embedding column type for job_embeddings"));
        assertThat(HirehubService.JOB.javaMigrations()).isEmpty();
    }

    @Test
    void shouldQuoteIdentifiers() {
        assertThat(EmbeddingColumnMigration.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
    }

    @Test
    void shouldMapInformationSchemaTypeNames() {
        assertThat(EmbeddingColumnType.fromUdtName("vector")).isEqualTo(EmbeddingColumnType.VECTOR);
        assertThat(EmbeddingColumnType.fromUdtName("_float4")).isEqualTo(EmbeddingColumnType.REAL_ARRAY);
        assertThatThrownBy(() -> EmbeddingColumnType.fromUdtName("_float8"))
                .hasMessage("embedding column has unexpected type '_float8'; expected vector or real[] (_float4)");
    }
}
