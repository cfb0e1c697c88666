/**
 * The notifications write-back: {@code hirehub.notify.notifications} → {@code notifications} and the
 * {@code notification_outbox} delivery queue, one transaction per batch, insert-if-absent on the
 * notification's deterministic id.
 */
package io.hirehub.connectors.writeback.notify;
