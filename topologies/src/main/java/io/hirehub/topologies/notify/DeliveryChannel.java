package io.hirehub.topologies.notify;

import java.util.Locale;
import java.util.Optional;

/** The seed's notification channels ({@code notifications.channel}), in the order they are decided. */
public enum DeliveryChannel {
    IN_APP,
    EMAIL,
    PUSH,
    SMS;

    /** The column value: {@code in_app}, {@code email}, {@code push}, {@code sms}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel a column value names. */
    public static Optional<DeliveryChannel> fromWire(final String value) {
        for (final DeliveryChannel channel : values()) {
            if (channel.wireName().equalsIgnoreCase(value)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
