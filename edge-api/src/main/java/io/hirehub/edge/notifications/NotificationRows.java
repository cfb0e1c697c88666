package io.hirehub.edge.notifications;

import io.hirehub.edge.db.Columns;
import io.hirehub.edge.write.StoreException;
import io.hirehub.edge.write.Transactions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The notification service's rows the edge reads and writes: in-app notifications (pages, unread
 * count, marking read), {@code user_notification_settings} and {@code device_tokens}. Each write is
 * one transaction; the notifications topology sees settings and tokens through CDC.
 */
public final class NotificationRows {

    private static final String IN_APP = "in_app";

    private final DataSource db;
    private final Transactions transactions;
    private final String schema;

    public NotificationRows(final DataSource db, final String schema) {
        this.db = Objects.requireNonNull(db, "db");
        this.transactions = new Transactions(db);
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public NotificationPage page(final UUID user, final int offset, final int limit, final boolean unreadOnly) {
        final String unread = " AND read_at IS NULL AND status <> 'failed'";
        try (Connection c = db.getConnection()) {
            final List<NotificationView> items = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, data->>'event_type', title, content, status,"
                    + " read_at, created_at, sent_at FROM " + schema
                    + ".notifications WHERE user_id = ? AND channel = ?"
                    + (unreadOnly ? unread : "") + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                q.setObject(1, user);
                q.setString(2, IN_APP);
                q.setInt(3, limit);
                q.setInt(4, offset);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs));
                    }
                }
            }
            final long total = count(c, user, unreadOnly ? unread : "");
            final long unreadCount = unreadOnly ? total : count(c, user, unread);
            return new NotificationPage(items, offset, limit, total, unreadCount);
        } catch (SQLException e) {
            throw new StoreException("cannot read notifications of " + user + ": " + e.getMessage(), e);
        }
    }

    /** Marks one in-app notification read (the first read time is kept); empty when the user has no such one. */
    public Optional<NotificationView> markRead(final UUID user, final UUID notification) {
        return transactions.inTransaction("marking a notification read", c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + schema + ".notifications SET"
                    + " read_at = COALESCE(read_at, now()), status = CASE WHEN status = 'failed' THEN status ELSE 'read' END"
                    + " WHERE id = ? AND user_id = ? AND channel = ? RETURNING id, data->>'event_type', title, content,"
                    + " status, read_at, created_at, sent_at")) {
                u.setObject(1, notification);
                u.setObject(2, user);
                u.setString(3, IN_APP);
                try (ResultSet rs = u.executeQuery()) {
                    return rs.next() ? Optional.of(view(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Marks every unread in-app notification of {@code user} read. */
    public MarkedView markAllRead(final UUID user) {
        return transactions.inTransaction("marking notifications read", c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE " + schema + ".notifications SET read_at = now(),"
                            + " status = 'read' WHERE user_id = ? AND channel = ? AND read_at IS NULL AND status <> 'failed'")) {
                u.setObject(1, user);
                u.setString(2, IN_APP);
                return new MarkedView(u.executeUpdate(), 0);
            }
        });
    }

    public SettingsView settings(final UUID user) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT email_enabled, push_enabled, sms_enabled,"
                        + " disabled_event_types FROM " + schema + ".user_notification_settings WHERE user_id = ?")) {
            q.setObject(1, user);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new SettingsView(true, true, false, List.of());
                }
                return new SettingsView(
                        bool(rs, 1, true),
                        bool(rs, 2, true),
                        bool(rs, 3, false),
                        rs.getArray(4) == null ? List.of() : Columns.strings(rs.getArray(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read notification settings of " + user + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code user}'s settings (one row per user: insert or update). */
    public SettingsView saveSettings(final UUID user, final SettingsView settings) {
        transactions.inTransaction("saving notification settings", c -> {
            final Array disabled =
                    c.createArrayOf("text", settings.disabledEventTypes().toArray());
            try (PreparedStatement u = c.prepareStatement("INSERT INTO " + schema + ".user_notification_settings"
                    + " (user_id, email_enabled, push_enabled, sms_enabled, disabled_event_types) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (user_id) DO UPDATE SET email_enabled = EXCLUDED.email_enabled,"
                    + " push_enabled = EXCLUDED.push_enabled, sms_enabled = EXCLUDED.sms_enabled,"
                    + " disabled_event_types = EXCLUDED.disabled_event_types, updated_at = now()")) {
                u.setObject(1, user);
                u.setBoolean(2, settings.emailEnabled());
                u.setBoolean(3, settings.pushEnabled());
                u.setBoolean(4, settings.smsEnabled());
                u.setArray(5, disabled);
                return u.executeUpdate();
            }
        });
        return settings;
    }

    /**
     * Registers {@code token} for {@code user}: a token the user already has is made active again and
     * returned ({@code created} false), so a client may register on every start.
     */
    public Registered registerToken(final UUID user, final String deviceType, final String token) {
        return transactions.inTransaction("registering a device token", c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + schema + ".device_tokens SET is_active = true,"
                    + " device_type = ?, updated_at = now() WHERE user_id = ? AND token = ?"
                    + " RETURNING id, device_type, token, is_active, created_at")) {
                u.setString(1, deviceType);
                u.setObject(2, user);
                u.setString(3, token);
                try (ResultSet rs = u.executeQuery()) {
                    if (rs.next()) {
                        return new Registered(token(rs), false);
                    }
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO " + schema + ".device_tokens"
                    + " (user_id, device_type, token, is_active) VALUES (?, ?, ?, true)"
                    + " RETURNING id, device_type, token, is_active, created_at")) {
                i.setObject(1, user);
                i.setString(2, deviceType);
                i.setString(3, token);
                try (ResultSet rs = i.executeQuery()) {
                    rs.next();
                    return new Registered(token(rs), true);
                }
            }
        });
    }

    /** Deactivates a token of {@code user} (push stops); false when the user has no such token. */
    public boolean deactivateToken(final UUID user, final UUID tokenId) {
        return transactions.inTransaction("removing a device token", c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + schema + ".device_tokens SET is_active = false,"
                    + " updated_at = now() WHERE id = ? AND user_id = ?")) {
                u.setObject(1, tokenId);
                u.setObject(2, user);
                return u.executeUpdate() == 1;
            }
        });
    }

    /** A registered token and whether this call created it. */
    public record Registered(DeviceTokenView token, boolean created) {}

    private long count(final Connection c, final UUID user, final String filter) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM " + schema + ".notifications WHERE user_id = ? AND channel = ?" + filter)) {
            q.setObject(1, user);
            q.setString(2, IN_APP);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static NotificationView view(final ResultSet rs) throws SQLException {
        final var readAt = Columns.instant(rs.getTimestamp(6));
        return new NotificationView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                readAt != null,
                Columns.instant(rs.getTimestamp(7)),
                Columns.instant(rs.getTimestamp(8)),
                readAt);
    }

    private static DeviceTokenView token(final ResultSet rs) throws SQLException {
        return new DeviceTokenView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                Columns.instant(rs.getTimestamp(5)));
    }

    private static boolean bool(final ResultSet rs, final int column, final boolean whenNull) throws SQLException {
        final boolean value = rs.getBoolean(column);
        return rs.wasNull() ? whenNull : value;
    }
}
