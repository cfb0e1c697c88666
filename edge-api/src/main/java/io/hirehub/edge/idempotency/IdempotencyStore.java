package io.hirehub.edge.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code idempotency_keys} table of one service schema. A key is claimed inside the write's own
 * transaction ({@link #claim}): a second request with the same key blocks on the primary key until
 * the first commits or rolls back, then finds its answer. Rows live until {@code expires_at}.
 */
final class IdempotencyStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A row: the request it was claimed by and, once done, its answer (status 0 while in progress). */
    record Row(String fingerprint, int status, byte[] body, Map<String, String> headers) {

        boolean done() {
            return status > 0;
        }

        StoredAnswer answer() {
            return new StoredAnswer(status, body, headers);
        }
    }

    private final String table;
    private final Duration ttl;

    IdempotencyStore(final String schema, final Duration ttl) {
        this.table = Objects.requireNonNull(schema, "schema") + ".idempotency_keys";
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /** The live (unexpired) row of a key. */
    Optional<Row> find(final Connection connection, final IdempotencyKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, status_code, response_body,"
                + " response_headers::text FROM " + table
                + " WHERE caller = ? AND idempotency_key = ? AND expires_at > (now() AT TIME ZONE 'UTC')")) {
            select.setString(1, key.caller());
            select.setString(2, key.key());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Row(row.getString(1), row.getInt(2), row.getBytes(3), headers(row.getString(4))));
            }
        }
    }

    /**
     * Claims the key for this transaction; false when another request holds it (it committed first:
     * the caller rolls back and answers from {@link #find}). Waits while another open transaction
     * holds the same key.
     */
    boolean claim(final Connection connection, final IdempotencyKey key) throws SQLException {
        try (PreparedStatement expired = connection.prepareStatement("DELETE FROM " + table
                + " WHERE caller = ? AND idempotency_key = ? AND expires_at <= (now() AT TIME ZONE 'UTC')")) {
            expired.setString(1, key.caller());
            expired.setString(2, key.key());
            expired.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (caller, idempotency_key, request_hash, status_code, expires_at) VALUES (?, ?, ?, 0, ?)"
                + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, key.caller());
            insert.setString(2, key.key());
            insert.setString(3, key.fingerprint());
            insert.setTimestamp(
                    4, Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().plus(ttl), ZoneOffset.UTC)));
            return insert.executeUpdate() == 1;
        }
    }

    /** Records the answer of the request that claimed the key, in the same transaction as its write. */
    void complete(final Connection connection, final IdempotencyKey key, final StoredAnswer answer)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET status_code = ?, response_body = ?, response_headers = ?::jsonb"
                + " WHERE caller = ? AND idempotency_key = ?")) {
            update.setInt(1, answer.status());
            update.setBytes(2, answer.body());
            update.setString(3, JSON.writeValueAsString(answer.headers()));
            update.setString(4, key.caller());
            update.setString(5, key.key());
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode response headers", e);
        }
    }

    /** Deletes expired rows; returns how many. */
    int sweep(final Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE expires_at <= (now() AT TIME ZONE 'UTC')")) {
            return delete.executeUpdate();
        }
    }

    private static Map<String, String> headers(final String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
