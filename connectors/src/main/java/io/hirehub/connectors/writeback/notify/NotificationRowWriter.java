package io.hirehub.connectors.writeback.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.avro.entity.Notification;
import io.hirehub.avro.entity.NotificationChannel;
import io.hirehub.avro.entity.NotificationStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/**
 * Writes rendered notifications: one {@code notifications} row each and, for e-mail, push and SMS, one
 * {@code notification_outbox} row (the delivery queue; its id is the notification's). Both inserts
 * are insert-if-absent on the deterministic id, so a replayed batch (a crash before the offsets were
 * committed) or a notification rendered twice (state lost) changes nothing.
 *
 * <p>Statuses: an in-app notification is delivered by being stored ({@code delivered}, {@code sent_at}
 * now); a failed render is {@code failed} with its {@code error_message}; the others start
 * {@code pending} and the {@link io.hirehub.connectors.notify.NotificationDispatcher} moves them on.
 * The addresses under {@code data.delivery} go to the outbox payload only.
 */
public final class NotificationRowWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code NotificationFactory.DELIVERY}: the addresses inside {@code data}. */
    static final String DELIVERY = "delivery";

    private final String notifications;
    private final String outbox;

    public NotificationRowWriter(final String schema) {
        this.notifications = schema + ".notifications";
        this.outbox = schema + ".notification_outbox";
    }

    /** Inserts what is absent; returns how many notifications were new. */
    public int apply(final Connection connection, final List<Notification> batch) throws SQLException {
        int inserted = 0;
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO " + notifications
                        + " (id, user_id, template_id, channel, title, content, data, status, sent_at, error_message,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO NOTHING");
                PreparedStatement queue = connection.prepareStatement("INSERT INTO " + outbox
                        + " (id, notification_id, channel, event_type, payload, status)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), 'pending') ON CONFLICT (id) DO NOTHING")) {
            for (final Notification n : batch) {
                final ObjectNode data = data(n.getData());
                final ObjectNode delivery = (ObjectNode) data.remove(DELIVERY);
                final String channel = n.getChannel().name().toLowerCase(Locale.ROOT);
                final boolean failed = n.getStatus() == NotificationStatus.FAILED;
                final boolean inApp = n.getChannel() == NotificationChannel.IN_APP;
                row.setObject(1, n.getId());
                row.setObject(2, n.getUserId());
                row.setObject(3, n.getTemplateId());
                row.setString(4, channel);
                row.setString(5, n.getTitle());
                row.setString(6, n.getContent());
                row.setString(7, data.toString());
                row.setString(8, failed ? "failed" : inApp ? "delivered" : "pending");
                if (!failed && inApp) {
                    row.setTimestamp(9, new Timestamp(System.currentTimeMillis()));
                } else {
                    row.setNull(9, Types.TIMESTAMP);
                }
                row.setString(10, n.getErrorMessage());
                row.setTimestamp(11, n.getCreatedAt() == null ? null : Timestamp.from(n.getCreatedAt()));
                final int added = row.executeUpdate();
                inserted += added;
                if (added == 1 && !failed && !inApp) {
                    final ObjectNode payload = JSON.createObjectNode();
                    payload.put("notification_id", n.getId().toString());
                    payload.put("user_id", n.getUserId().toString());
                    payload.put("channel", channel);
                    payload.put("title", n.getTitle());
                    payload.put("content", n.getContent());
                    if (delivery != null) {
                        payload.set(DELIVERY, delivery);
                    }
                    queue.setObject(1, n.getId());
                    queue.setObject(2, n.getId());
                    queue.setString(3, channel);
                    queue.setString(4, data.path("event_type").asText("notification"));
                    queue.setString(5, payload.toString());
                    queue.executeUpdate();
                }
            }
        }
        return inserted;
    }

    private static ObjectNode data(final String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
