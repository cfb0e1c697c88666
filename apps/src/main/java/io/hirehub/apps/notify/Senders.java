package io.hirehub.apps.notify;

import io.hirehub.apps.streams.Resources;
import io.hirehub.connectors.notify.ChannelSender;
import io.hirehub.connectors.notify.LocalDeliveryLog;
import io.hirehub.connectors.notify.SesEmailSender;
import io.hirehub.connectors.notify.SnsSender;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/** The channel senders {@link DeliverySettings} asks for, by channel; each closed with {@code resources}. */
final class Senders {

    private Senders() {}

    static Map<String, ChannelSender> of(final DeliverySettings settings, final Resources resources) {
        final LocalDeliveryLog log = new LocalDeliveryLog(settings.deliveryLog());
        final Map<String, ChannelSender> senders = new HashMap<>();
        if (settings.ses()) {
            final SesV2ClientBuilder builder = SesV2Client.builder().region(Region.of(settings.awsRegion()));
            settings.awsEndpoint().ifPresent(builder::endpointOverride);
            senders.put("email", resources.add(new SesEmailSender(builder.build(), settings.sesFrom())));
        } else {
            senders.put("email", log);
        }
        if (settings.snsEnabled()) {
            final SnsClientBuilder builder = SnsClient.builder().region(Region.of(settings.awsRegion()));
            settings.awsEndpoint().ifPresent(builder::endpointOverride);
            final SnsSender sns = resources.add(new SnsSender(builder.build(), settings.snsPlatformArn()));
            senders.put("sms", sns);
            senders.put("push", sns);
        } else {
            senders.put("sms", log);
            senders.put("push", log);
        }
        return senders;
    }
}
