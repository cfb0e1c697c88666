package io.hirehub.connectors.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One queued channel delivery ({@code notification_outbox} row): the rendered text and where it goes.
 *
 * @param notificationId the notification (also the outbox row's id)
 * @param userId         its recipient
 * @param channel        {@code email}, {@code push} or {@code sms}
 * @param title          subject / push title, may be {@code null}
 * @param content        the body
 * @param address        the {@code delivery} object: {@code email}, {@code phone} or {@code device_tokens}
 */
public record Delivery(
        String notificationId, String userId, String channel, String title, String content, JsonNode address) {

    public Delivery {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(channel, "channel");
    }

    /** The e-mail address, or {@code null}. */
    public String email() {
        return text("email");
    }

    /** The phone number, or {@code null}. */
    public String phone() {
        return text("phone");
    }

    /** The active device tokens, possibly none. */
    public List<String> deviceTokens() {
        final List<String> out = new ArrayList<>();
        if (address != null && address.has("device_tokens")) {
            address.get("device_tokens").forEach(t -> out.add(t.asText()));
        }
        return out;
    }

    private String text(final String field) {
        return address == null || !address.hasNonNull(field)
                ? null
                : address.get(field).asText();
    }
}
