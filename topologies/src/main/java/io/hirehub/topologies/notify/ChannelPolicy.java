package io.hirehub.topologies.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * Which channels an event reaches a recipient on (issue 13): none when the user disabled the event
 * type; otherwise in-app always, email when enabled and the user has an address, push when enabled
 * and the user has an active device token, SMS when enabled (off by default) and a phone is known.
 * Whether a channel has a template is decided later: no active template, no notification.
 */
public final class ChannelPolicy {

    private ChannelPolicy() {}

    public static List<DeliveryChannel> channels(final NotifyEventType event, final Recipient recipient) {
        final Preferences p = recipient.preferences();
        if (p.disabled().contains(event)) {
            return List.of();
        }
        final List<DeliveryChannel> out = new ArrayList<>(4);
        out.add(DeliveryChannel.IN_APP);
        if (p.email() && present(recipient.email())) {
            out.add(DeliveryChannel.EMAIL);
        }
        if (p.push() && !recipient.deviceTokens().isEmpty()) {
            out.add(DeliveryChannel.PUSH);
        }
        if (p.sms() && present(recipient.phone())) {
            out.add(DeliveryChannel.SMS);
        }
        return List.copyOf(out);
    }

    private static boolean present(final String value) {
        return value != null && !value.isBlank();
    }
}
