/**
 * Writes as the HTTP edge runs them ({@link io.hirehub.edge.idempotency.WriteRunner}): one PostgreSQL
 * transaction per request holding the state rows, the outbox row, the commit position and the
 * {@code Idempotency-Key} record, so a retried POST creates nothing twice and every answer carries the
 * position a later read can wait for ({@code min_position}).
 */
package io.hirehub.edge.idempotency;
