package io.hirehub.edge.write;

import io.hirehub.avro.event.JobCreated;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.schemas.values.SeedValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * job-service writes: a job, its skills (get-or-create in the skill master) and its
 * {@code job.created} outbox row in one transaction; updates go through {@link JobUpdater}.
 */
public final class JobWriter {

    private final Transactions transactions;
    private final String schema;
    private final Outbox outbox;
    private final SkillTagWriter skills;

    /**
     * @param dataSource job-service database
     * @param schema     job-service schema ({@code job_service} by default)
     * @param outbox     encodes the events (registry client)
     */
    public JobWriter(final DataSource dataSource, final String schema, final Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.skills = new SkillTagWriter(dataSource, schema);
    }

    /** Creates one job; returns its id. */
    public UUID create(final NewJob job) {
        return createAll(List.of(job)).get(0);
    }

    /** Creates the jobs in one transaction (all or nothing), each with its job.created event; returns their ids. */
    public List<UUID> createAll(final List<NewJob> jobs) {
        final Instant now = Outbox.now();
        final List<NewJob> checked = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            try {
                checked.add(Objects.requireNonNull(jobs.get(i), "job").validated(now));
            } catch (InvalidFieldException e) {
                throw jobs.size() == 1 ? e : e.under("jobs[" + i + "]");
            }
        }
        return transactions.inTransaction("creating " + checked.size() + " job(s)", connection -> {
            insert(connection, checked, now);
            return checked.stream().map(NewJob::id).toList();
        });
    }

    /** Creates one job with its skills and job.created inside the caller's transaction; returns its id. */
    public UUID create(final Connection connection, final NewJob job) throws SQLException {
        final Instant now = Outbox.now();
        final NewJob checked = Objects.requireNonNull(job, "job").validated(now);
        insert(connection, List.of(checked), now);
        return checked.id();
    }

    private void insert(final Connection connection, final List<NewJob> jobs, final Instant now) throws SQLException {
        final Set<NewSkillTag> tags = new LinkedHashSet<>();
        jobs.forEach(job -> {
            tags.addAll(job.required());
            tags.addAll(job.preferred());
        });
        final Map<String, UUID> skillIds = skills.resolve(connection, tags);
        final List<Outbox.Event<?>> events = new ArrayList<>(jobs.size());
        try (PreparedStatement job = connection.prepareStatement("INSERT INTO " + schema + ".jobs"
                        + " (id, company_id, title, description, requirements, job_type, experience_level, experience_min,"
                        + " experience_max, salary_min, salary_max, location, remote_type, status, posted_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement("INSERT INTO " + schema + ".job_skills"
                        + " (job_id, skill_id, is_required) VALUES (?, ?, ?)")) {
            for (final NewJob j : jobs) {
                job.setObject(1, j.id());
                job.setObject(2, j.companyId());
                job.setString(3, j.title());
                job.setString(4, j.description());
                job.setString(5, j.requirements());
                job.setString(6, SeedValues.sql(j.jobType()));
                job.setString(7, SeedValues.sql(j.experienceLevel()));
                Rows.setInt(job, 8, j.experienceMin());
                Rows.setInt(job, 9, j.experienceMax());
                Rows.setInt(job, 10, j.salaryMin());
                Rows.setInt(job, 11, j.salaryMax());
                job.setString(12, j.location());
                job.setString(13, SeedValues.sql(j.remoteType()));
                job.setString(14, SeedValues.sql(j.status()));
                Rows.setTimestamp(job, 15, j.postedAt());
                Rows.setTimestamp(job, 16, j.expiresAt());
                job.addBatch();
                addLinks(link, j.id(), j.required(), true, skillIds);
                addLinks(link, j.id(), j.preferred(), false, skillIds);
                events.add(created(j, now));
            }
            job.executeBatch();
            link.executeBatch();
        }
        outbox.append(connection, schema + ".job_outbox", events);
    }

    private static void addLinks(
            final PreparedStatement link,
            final UUID jobId,
            final List<NewSkillTag> tags,
            final boolean required,
            final Map<String, UUID> skillIds)
            throws SQLException {
        for (final NewSkillTag tag : tags) {
            link.setObject(1, jobId);
            link.setObject(2, skillIds.get(tag.name()));
            link.setBoolean(3, required);
            link.addBatch();
        }
    }

    private static Outbox.Event<JobCreated> created(final NewJob job, final Instant now) {
        final UUID eventId = UUID.randomUUID();
        final JobCreated event = JobCreated.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(now)
                .setJobId(job.id())
                .setCompanyId(job.companyId())
                .build();
        return new Outbox.Event<>(eventId, job.id().toString(), Topics.JOB_CREATED, event, now);
    }
}
