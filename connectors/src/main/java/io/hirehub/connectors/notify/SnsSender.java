package io.hirehub.connectors.notify;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;

/**
 * SMS and push through Amazon SNS: SMS published to the phone number; push published to a platform
 * endpoint created (idempotently, by SNS) for each active device token under the configured platform
 * application.
 */
public final class SnsSender implements ChannelSender {

    private final SnsClient sns;
    private final String platformApplicationArn;

    /** {@code platformApplicationArn} may be empty: push then fails permanently with that reason. */
    public SnsSender(final SnsClient sns, final String platformApplicationArn) {
        this.sns = sns;
        this.platformApplicationArn = platformApplicationArn;
    }

    @Override
    public Outcome send(final Delivery delivery) throws DeliveryException {
        try {
            switch (delivery.channel()) {
                case "sms" -> {
                    if (delivery.phone() == null) {
                        throw new DeliveryException("no phone number", true);
                    }
                    sns.publish(p -> p.phoneNumber(delivery.phone()).message(delivery.content()));
                }
                case "push" -> push(delivery);
                default -> throw new DeliveryException("SNS does not deliver " + delivery.channel(), true);
            }
            return Outcome.SENT;
        } catch (InvalidParameterException e) {
            throw new DeliveryException(
                    "SNS refused the message: " + e.awsErrorDetails().errorMessage(), true);
        } catch (SdkException e) {
            throw new DeliveryException("SNS: " + e.getMessage(), e);
        }
    }

    private void push(final Delivery delivery) throws DeliveryException {
        if (platformApplicationArn == null || platformApplicationArn.isBlank()) {
            throw new DeliveryException("no SNS platform application configured for push", true);
        }
        if (delivery.deviceTokens().isEmpty()) {
            throw new DeliveryException("no active device token", true);
        }
        for (final String token : delivery.deviceTokens()) {
            final String endpoint = sns.createPlatformEndpoint(e ->
                            e.platformApplicationArn(platformApplicationArn).token(token))
                    .endpointArn();
            sns.publish(p -> p.targetArn(endpoint).subject(delivery.title()).message(delivery.content()));
        }
    }

    @Override
    public void close() {
        sns.close();
    }
}
