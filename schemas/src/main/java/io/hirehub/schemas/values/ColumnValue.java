package io.hirehub.schemas.values;

/**
 * A hand-written enum whose constants stand for the exact SQL text of one column's values, for the
 * seed's value lists that the Avro contracts keep as plain strings ({@code companies.company_size},
 * {@code resumes.file_type}). The generated Avro enums carry their SQL text in the schema property
 * {@code sqlValues} instead; {@link SeedValues} reads both.
 */
public interface ColumnValue {

    /** The exact text stored in the column. */
    String sqlValue();
}
