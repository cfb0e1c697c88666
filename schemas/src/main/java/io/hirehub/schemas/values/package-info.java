/**
 * The seed's value lists as Java types and their one mapping to SQL text
 * ({@link io.hirehub.schemas.values.SeedValues}): the generated Avro enums
 * ({@code io.hirehub.avro.entity.JobStatus}, {@code JobType}, {@code Proficiency}, …) carry their SQL
 * text in the schema property {@code sqlValues}; the lists the contracts keep as strings are
 * {@link io.hirehub.schemas.values.ColumnValue} enums such as
 * {@link io.hirehub.schemas.values.CompanySize}. Writers parse {@link io.hirehub.schemas.values.TextMatch#EXACT
 * exactly}; readers of our own topics and stores ignore case.
 */
package io.hirehub.schemas.values;
