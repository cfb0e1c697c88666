package io.hirehub.schemas.migration;

/**
 * The type an {@code embedding} column ended up with: pgvector's {@code vector(1536)} where the
 * extension is available, PostgreSQL's {@code real[]} otherwise (DESIGN.md, "pgvector").
 */
public enum EmbeddingColumnType {
    /** {@code vector(1536)} with the seed's ivfflat cosine index. */
    VECTOR("vector(1536)"),
    /** {@code real[]}, no vector index: similarity search runs in the topologies. */
    REAL_ARRAY("real[]");

    /** Dimensions of the seed's embeddings (Titan / OpenAI). */
    public static final int DIMENSIONS = 1536;

    private final String sql;

    EmbeddingColumnType(final String sql) {
        this.sql = sql;
    }

    /** The SQL type as written in DDL. */
    public String sql() {
        return sql;
    }

    /** Maps {@code information_schema.columns.udt_name} to the type: {@code vector} or {@code _float4}. */
    static EmbeddingColumnType fromUdtName(final String udtName) {
        return switch (udtName) {
            case "vector" -> VECTOR;
            case "_float4" -> REAL_ARRAY;
            default ->
                throw new IllegalStateException(
                        "embedding column has unexpected type '" + udtName + "'; expected vector or real[] (_float4)");
        };
    }
}
