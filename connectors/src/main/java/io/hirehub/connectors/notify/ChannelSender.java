package io.hirehub.connectors.notify;

/** Hands a delivery to a channel's provider (SES, SNS) or the local delivery log. */
public interface ChannelSender extends AutoCloseable {

    /** What a successful hand-over means for the notification's status. */
    enum Outcome {
        /** The provider accepted it ({@code notifications.status = sent}). */
        SENT,
        /** It reached its destination ({@code delivered}): the local log is the destination. */
        DELIVERED
    }

    Outcome send(Delivery delivery) throws DeliveryException;

    @Override
    default void close() {}
}
