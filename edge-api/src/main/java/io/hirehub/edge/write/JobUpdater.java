package io.hirehub.edge.write;

import io.hirehub.avro.event.JobUpdated;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Updates a job's columns and writes {@code job.updated} with the names of the columns that really
 * changed, in one transaction. A change to nothing writes nothing: no row update, no event, so the
 * matcher is not woken for it.
 */
public final class JobUpdater {

    private final Transactions transactions;
    private final String schema;
    private final Outbox outbox;

    public JobUpdater(final DataSource dataSource, final String schema, final Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Applies the changes; returns the columns that changed (empty when none did). */
    public List<String> update(final UUID jobId, final JobChanges changes) {
        if (jobId == null) {
            throw new InvalidFieldException("id", "is required");
        }
        Objects.requireNonNull(changes, "changes").columns();
        return transactions.inTransaction("updating job " + jobId, connection -> update(connection, jobId, changes));
    }

    /**
     * The same inside the caller's transaction. The status moves only forward, draft → open → closed
     * (draft → closed too); a job opened without {@code posted_at} is posted now, and
     * {@code expires_at} must stay after {@code posted_at}.
     */
    public List<String> update(final Connection connection, final UUID jobId, final JobChanges changes)
            throws SQLException {
        final Map<String, Object> requested =
                new LinkedHashMap<>(Objects.requireNonNull(changes, "changes").columns());
        final Map<String, Object> current = current(connection, jobId, requested);
        checkRanges(requested, current);
        checkStatus(requested, current);
        final List<String> changed = new ArrayList<>();
        for (final Map.Entry<String, Object> entry : requested.entrySet()) {
            if (!Objects.equals(entry.getValue(), current.get(entry.getKey()))) {
                changed.add(entry.getKey());
            }
        }
        if (changed.contains("status") && "open".equals(requested.get("status")) && current.get("posted_at") == null) {
            requested.put("posted_at", Rows.timestamp(Outbox.now()));
            changed.add("posted_at");
        }
        final Object posted = requested.getOrDefault("posted_at", current.get("posted_at"));
        final Object expires = requested.getOrDefault("expires_at", current.get("expires_at"));
        if (changed.contains("expires_at") || changed.contains("posted_at")) {
            if (posted instanceof Timestamp p && expires instanceof Timestamp e && !e.after(p)) {
                throw new InvalidFieldException("expires_at", "must be after posted_at (" + p.toLocalDateTime() + "Z)");
            }
        }
        if (!changed.isEmpty()) {
            write(connection, jobId, requested, changed);
        }
        return List.copyOf(changed);
    }

    private static void checkStatus(final Map<String, Object> requested, final Map<String, Object> current) {
        final Object to = requested.get("status");
        final Object from = current.get("status");
        if (to == null || to.equals(from)) {
            return;
        }
        final boolean allowed = switch (from == null ? "draft" : from.toString()) {
            case "draft" -> to.equals("open") || to.equals("closed");
            case "open" -> to.equals("closed");
            default -> false;
        };
        if (!allowed) {
            // The request is well-formed; the job's current state refuses it.
            throw new ConflictException(
                    "status: cannot move from " + from + " to " + to + " (draft → open → closed)", null);
        }
    }

    private Map<String, Object> current(
            final Connection connection, final UUID jobId, final Map<String, Object> requested) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT title, description, requirements, job_type,"
                + " experience_level, experience_min, experience_max, salary_min, salary_max, location, remote_type,"
                + " status, posted_at, expires_at FROM " + schema + ".jobs WHERE id = ? FOR UPDATE")) {
            select.setObject(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("job " + jobId + " does not exist");
                }
                final Map<String, Object> values = new HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                return values;
            }
        }
    }

    private static void checkRanges(final Map<String, Object> requested, final Map<String, Object> current) {
        Fields.ordered(
                "experience_min",
                merged("experience_min", requested, current),
                "experience_max",
                merged("experience_max", requested, current));
        Fields.ordered(
                "salary_min",
                merged("salary_min", requested, current),
                "salary_max",
                merged("salary_max", requested, current));
    }

    private static Integer merged(
            final String column, final Map<String, Object> requested, final Map<String, Object> current) {
        return (Integer) requested.getOrDefault(column, current.get(column));
    }

    private void write(
            final Connection connection,
            final UUID jobId,
            final Map<String, Object> requested,
            final List<String> changed)
            throws SQLException {
        final StringBuilder sql = new StringBuilder("UPDATE " + schema + ".jobs SET ");
        for (final String column : changed) {
            sql.append(column).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE id = ?");
        final Instant now = Outbox.now();
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (final String column : changed) {
                update.setObject(index++, requested.get(column));
            }
            update.setTimestamp(index++, Rows.timestamp(now));
            update.setObject(index, jobId);
            update.executeUpdate();
        }
        final UUID eventId = UUID.randomUUID();
        final JobUpdated event = JobUpdated.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(now)
                .setJobId(jobId)
                .setUpdatedFields(changed)
                .build();
        outbox.append(
                connection,
                schema + ".job_outbox",
                List.of(new Outbox.Event<>(eventId, jobId.toString(), Topics.JOB_UPDATED, event, now)));
    }
}
