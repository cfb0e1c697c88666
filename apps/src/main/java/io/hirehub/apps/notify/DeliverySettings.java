package io.hirehub.apps.notify;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where e-mail, push and SMS go.
 *
 * @param deliveryLog    {@code notifications.delivery.log}: the local delivery log (the embedded default)
 * @param sesFrom        {@code notifications.ses.from}: when set, e-mail goes through Amazon SES v2 from this address
 * @param snsEnabled     {@code notifications.sns.enabled}: SMS and push through Amazon SNS instead of the log
 * @param snsPlatformArn {@code notifications.sns.platform.arn}: the SNS platform application push endpoints are made in
 * @param awsRegion      {@code notifications.aws.region}
 * @param awsEndpoint    {@code notifications.aws.endpoint}: an endpoint override (e.g. LocalStack), empty = AWS
 */
public record DeliverySettings(
        Path deliveryLog,
        String sesFrom,
        boolean snsEnabled,
        String snsPlatformArn,
        String awsRegion,
        Optional<URI> awsEndpoint) {

    public DeliverySettings {
        Objects.requireNonNull(deliveryLog, "notifications.delivery.log");
        sesFrom = sesFrom == null ? "" : sesFrom.trim();
        snsPlatformArn = snsPlatformArn == null ? "" : snsPlatformArn.trim();
        Objects.requireNonNull(awsRegion, "notifications.aws.region");
        Objects.requireNonNull(awsEndpoint, "notifications.aws.endpoint");
        if (!sesFrom.isEmpty() && !sesFrom.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("notifications.ses.from must be an e-mail address, got " + sesFrom);
        }
    }

    /** Everything to the local log at {@code deliveryLog}. */
    public static DeliverySettings local(final Path deliveryLog) {
        return new DeliverySettings(deliveryLog, "", false, "", "ap-northeast-2", Optional.empty());
    }

    public boolean ses() {
        return !sesFrom.isEmpty();
    }
}
