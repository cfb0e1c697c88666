/**
 * Delivering notifications: the dispatcher working the {@code notification_outbox} delivery queue
 * ({@link io.hirehub.connectors.notify.NotificationDispatcher}: claim, send, record; backoff; failed with
 * {@code error_message}) and the channel senders — Amazon SES v2 for e-mail, Amazon SNS for SMS and
 * push, and the local delivery log that is the embedded default.
 */
package io.hirehub.connectors.notify;
