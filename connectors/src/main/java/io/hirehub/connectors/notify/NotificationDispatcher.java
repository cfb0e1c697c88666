package io.hirehub.connectors.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the delivery queue {@code notification_outbox}, as the seed has it (pending → published):
 * claims due {@code pending} rows ({@code FOR UPDATE SKIP LOCKED}, so several dispatchers share the
 * queue), hands each to its channel's {@link ChannelSender} and records the outcome in the same
 * transaction as the claim — row {@code published} and the notification {@code sent}/{@code delivered}
 * with {@code sent_at}; on a failure {@code attempts} + 1 and {@code next_attempt_at} after the backoff,
 * and after {@code maxAttempts} (or at once for a permanent refusal) the row and the notification
 * {@code failed} with {@code error_message}. One row per transaction: a crash repeats one delivery at
 * most, and the local delivery log skips what it already holds.
 */
public final class NotificationDispatcher implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DispatchSettings settings;
    private final Map<String, ChannelSender> senders;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Runnable onRunning;
    private final String outbox;
    private final String notifications;

    /**
     * @param senders   by channel ({@code email}, {@code push}, {@code sms})
     * @param onRunning called once the dispatcher has connected (its part is then running)
     */
    public NotificationDispatcher(
            final DispatchSettings settings, final Map<String, ChannelSender> senders, final Runnable onRunning) {
        this.settings = settings;
        this.senders = Map.copyOf(senders);
        this.onRunning = onRunning;
        this.outbox = settings.schema() + ".notification_outbox";
        this.notifications = settings.schema() + ".notifications";
    }

    @Override
    public void run() {
        final Properties db = new Properties();
        if (settings.user() != null) {
            db.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            db.setProperty("password", settings.password());
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), db)) {
            connection.setAutoCommit(false);
            onRunning.run();
            while (running.get()) {
                final int done = dispatchDue(connection);
                if (done == 0 && stop.await(settings.interval().toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("notification dispatcher failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers up to a batch of due rows, one transaction each; returns how many were worked. */
    int dispatchDue(final Connection connection) throws SQLException {
        int worked = 0;
        for (int i = 0; i < settings.batchSize() && running.get(); i++) {
            if (!dispatchOne(connection)) {
                break;
            }
            worked++;
        }
        return worked;
    }

    private boolean dispatchOne(final Connection connection) throws SQLException {
        final Claimed row;
        try (PreparedStatement claim = connection.prepareStatement("SELECT id, channel, payload::text, attempts FROM "
                + outbox + " WHERE status = 'pending' AND next_attempt_at <= now()"
                + " ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            try (ResultSet rs = claim.executeQuery()) {
                if (!rs.next()) {
                    connection.rollback();
                    return false;
                }
                row = new Claimed((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
        final int attempts = row.attempts() + 1;
        try {
            final Delivery delivery = row.delivery();
            final ChannelSender sender = senders.get(delivery.channel());
            if (sender == null) {
                throw new DeliveryException("no sender for channel " + delivery.channel(), true);
            }
            final ChannelSender.Outcome outcome = sender.send(delivery);
            update(
                    connection,
                    "UPDATE " + outbox + " SET status = 'published', published_at = now(), attempts = ?,"
                            + " error_message = NULL WHERE id = ?",
                    attempts,
                    row.id());
            update(
                    connection,
                    "UPDATE " + notifications + " SET status = ?, sent_at = now(), error_message = NULL"
                            + " WHERE id = ?",
                    outcome == ChannelSender.Outcome.DELIVERED ? "delivered" : "sent",
                    row.id());
        } catch (DeliveryException e) {
            final String error = e.getMessage();
            if (e.permanent() || attempts >= settings.maxAttempts()) {
                LOG.warn("delivery {} failed after {} attempt(s): {}", row.id(), attempts, error);
                update(
                        connection,
                        "UPDATE " + outbox + " SET status = 'failed', attempts = ?, error_message = ?"
                                + " WHERE id = ?",
                        attempts,
                        error,
                        row.id());
                update(
                        connection,
                        "UPDATE " + notifications + " SET status = 'failed', error_message = ?" + " WHERE id = ?",
                        error,
                        row.id());
            } else {
                LOG.info(
                        "delivery {} attempt {} failed, retried in {}: {}",
                        row.id(),
                        attempts,
                        settings.backoffAfter(attempts),
                        error);
                update(
                        connection,
                        "UPDATE " + outbox + " SET attempts = ?, error_message = ?,"
                                + " next_attempt_at = now() + (? * interval '1 millisecond') WHERE id = ?",
                        attempts,
                        error,
                        settings.backoffAfter(attempts).toMillis(),
                        row.id());
            }
        }
        connection.commit();
        return true;
    }

    private static void update(final Connection connection, final String sql, final Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Stops the loop after the delivery in hand. */
    @Override
    public void close() {
        running.set(false);
        stop.countDown();
    }

    private record Claimed(UUID id, String channel, String payload, int attempts) {

        Delivery delivery() throws DeliveryException {
            final JsonNode p;
            try {
                p = JSON.readTree(payload);
            } catch (IOException e) {
                throw new DeliveryException("unreadable payload: " + e.getMessage(), true);
            }
            return new Delivery(
                    id.toString(),
                    p.path("user_id").asText(null),
                    channel != null ? channel : p.path("channel").asText(),
                    p.path("title").isNull() ? null : p.path("title").asText(null),
                    p.path("content").asText(""),
                    p.get("delivery"));
        }
    }
}
