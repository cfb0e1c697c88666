package io.hirehub.edge.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.Json;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.write.Transactions;
import io.hirehub.schemas.migration.HirehubService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs one HTTP write as one PostgreSQL transaction of its service: the Idempotency-Key claimed (when
 * the request sent one), the commit position read, the state rows and outbox rows written by the
 * writer, the answer recorded under the key, then commit. Any error rolls all of it back, so nothing
 * is written and a retry runs afresh; a retry after success gets the first answer back.
 */
public final class WriteRunner {

    /** Response header carrying a write's commit position (a PostgreSQL WAL position, as a decimal number). */
    public static final String POSITION_HEADER = "HireHub-Position";
    /** Response header set on an answer replayed for a repeated Idempotency-Key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** The write itself, inside the transaction; {@code position} is its commit position. */
    @FunctionalInterface
    public interface Write {
        Reply run(Connection connection, long position) throws SQLException;
    }

    /** What a write answers: status, a JSON-serialisable body, extra headers (e.g. Location). */
    public record Reply(int status, Object body, Map<String, String> headers) {
        public static Reply created(final Object body, final String location) {
            return new Reply(201, body, Map.of("Location", location));
        }

        public static Reply ok(final Object body) {
            return new Reply(200, body, Map.of());
        }
    }

    /** The answer to send, and whether it is the replay of an earlier request with the same key. */
    public record Outcome(StoredAnswer answer, boolean replayed) {}

    private final ServiceDatabases databases;
    private final Map<HirehubService, IdempotencyStore> stores = new EnumMap<>(HirehubService.class);

    public WriteRunner(final ServiceDatabases databases, final Duration keyTtl) {
        this.databases = Objects.requireNonNull(databases, "databases");
        for (final HirehubService service : HirehubService.values()) {
            stores.put(service, new IdempotencyStore(databases.schema(service), keyTtl));
        }
    }

    /**
     * The earlier answer for {@code key}, if a request with it already completed: a 422 when that
     * request was another one. Lets a write with side effects outside the database (an upload) skip
     * them for a retry.
     */
    public Optional<StoredAnswer> replay(final HirehubService service, final Optional<IdempotencyKey> key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return new Transactions(dataSource(service))
                .inTransaction(
                        "reading an idempotency key",
                        connection -> stores.get(service)
                                .find(connection, key.get())
                                .filter(IdempotencyStore.Row::done)
                                .map(row -> sameRequest(row, key.get())));
    }

    /** Runs {@code write} in one transaction of {@code service}'s database (see the class comment). */
    public Outcome run(
            final HirehubService service, final Optional<IdempotencyKey> key, final String what, final Write write) {
        final Optional<StoredAnswer> earlier = replay(service, key);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        final IdempotencyStore store = stores.get(service);
        try {
            return new Outcome(
                    new Transactions(dataSource(service)).inTransaction(what, connection -> {
                        if (key.isPresent() && !store.claim(connection, key.get())) {
                            throw new KeyTakenException();
                        }
                        final long position = position(connection);
                        final Reply reply = write.run(connection, position);
                        final StoredAnswer answer = encode(reply, position);
                        if (key.isPresent()) {
                            store.complete(connection, key.get(), answer);
                        }
                        return answer;
                    }),
                    false);
        } catch (KeyTakenException e) {
            // A request with the same key committed while this one ran: answer with its result.
            return new Outcome(
                    replay(service, key)
                            .orElseThrow(() -> new ApiException(
                                    ProblemType.IDEMPOTENCY_KEY_IN_USE,
                                    "a request with this Idempotency-Key is in progress; retry shortly")),
                    true);
        }
    }

    /** Deletes expired keys of every service; returns how many. */
    public int sweep() {
        int removed = 0;
        for (final HirehubService service : HirehubService.values()) {
            if (service == HirehubService.USER
                    || service == HirehubService.JOB
                    || service == HirehubService.RESUME
                    || service == HirehubService.MATCH
                    || service == HirehubService.APPLY) {
                removed += new Transactions(dataSource(service))
                        .inTransaction("sweeping idempotency keys", stores.get(service)::sweep);
            }
        }
        return removed;
    }

    /**
     * The WAL insert position before this transaction's first change: every row it writes is at or
     * after it, so a reader whose store has seen a record of this write at or past it has seen the write.
     */
    static long position(final Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static StoredAnswer sameRequest(final IdempotencyStore.Row row, final IdempotencyKey key) {
        if (!row.fingerprint().equals(key.fingerprint())) {
            throw new ApiException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for another request (other route or body); use a new key");
        }
        return row.answer();
    }

    private static StoredAnswer encode(final Reply reply, final long position) {
        final Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put(POSITION_HEADER, Long.toString(position));
        try {
            return new StoredAnswer(reply.status(), Json.mapper().writeValueAsBytes(reply.body()), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the answer of a write", e);
        }
    }

    private DataSource dataSource(final HirehubService service) {
        return databases.dataSource(service);
    }

    /** Another transaction holds the key and committed first. */
    private static final class KeyTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTakenException() {
            super(null, null, false, false);
        }
    }
}
