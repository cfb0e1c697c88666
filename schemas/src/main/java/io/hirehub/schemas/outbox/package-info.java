/**
 * The transactional outbox: {@link io.hirehub.schemas.outbox.Outbox} appends event rows in the
 * caller's transaction, already in the Confluent wire format, for Debezium's outbox router to
 * publish. Used by the edge writers and the resume write-back alike.
 */
package io.hirehub.schemas.outbox;
