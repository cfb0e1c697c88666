package io.hirehub.topologies.notify;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the one notification an event gives a recipient on a channel: a name-based UUID of
 * (event id, user id, channel). The same event processed twice (a CDC duplicate, a replay after a
 * crash, a restored store) yields the same id, so the write-back's insert-if-absent keeps one row.
 */
public final class NotificationIds {

    private NotificationIds() {}

    public static String of(final String eventId, final String userId, final DeliveryChannel channel) {
        return UUID.nameUUIDFromBytes(
                        (eventId + '|' + userId + '|' + channel.wireName()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
