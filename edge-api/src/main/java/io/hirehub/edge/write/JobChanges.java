package io.hirehub.edge.write;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to a job's columns: a null component leaves the column as it is (clearing a column is
 * not a change this edge offers). Enum values are written as their SQL text.
 */
public record JobChanges(
        String title,
        String description,
        String requirements,
        JobType jobType,
        ExperienceLevel experienceLevel,
        Integer experienceMin,
        Integer experienceMax,
        Integer salaryMin,
        Integer salaryMax,
        String location,
        RemoteType remoteType,
        JobStatus status,
        Instant expiresAt) {

    /** No change at all; start from here with the {@code with…} copies. */
    public static JobChanges none() {
        return new JobChanges(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public JobChanges withTitle(final String value) {
        return new JobChanges(
                value,
                description,
                requirements,
                jobType,
                experienceLevel,
                experienceMin,
                experienceMax,
                salaryMin,
                salaryMax,
                location,
                remoteType,
                status,
                expiresAt);
    }

    public JobChanges withSalary(final Integer min, final Integer max) {
        return new JobChanges(
                title,
                description,
                requirements,
                jobType,
                experienceLevel,
                experienceMin,
                experienceMax,
                min,
                max,
                location,
                remoteType,
                status,
                expiresAt);
    }

    public JobChanges withStatus(final JobStatus value) {
        return new JobChanges(
                title,
                description,
                requirements,
                jobType,
                experienceLevel,
                experienceMin,
                experienceMax,
                salaryMin,
                salaryMax,
                location,
                remoteType,
                value,
                expiresAt);
    }

    /** This change, once every given value is valid; throws {@link InvalidFieldException} for the first that is not. */
    public JobChanges validated() {
        columns();
        return this;
    }

    /** The requested column values by column name, in the table's column order, validated. */
    Map<String, Object> columns() {
        final FieldChecks checks = new FieldChecks();
        final Map<String, Object> out = new LinkedHashMap<>();
        put(out, "title", checks.check(() -> title == null ? null : Fields.required("title", title, 200)));
        put(out, "description", checks.check(() -> Fields.optional("description", description, 100_000)));
        put(out, "requirements", checks.check(() -> Fields.optional("requirements", requirements, 100_000)));
        put(out, "job_type", checks.check(() -> Fields.sqlValue("job_type", jobType)));
        put(out, "experience_level", checks.check(() -> Fields.sqlValue("experience_level", experienceLevel)));
        put(out, "experience_min", checks.check(() -> Fields.range("experience_min", experienceMin, 0, 60)));
        put(out, "experience_max", checks.check(() -> Fields.range("experience_max", experienceMax, 0, 60)));
        put(out, "salary_min", checks.check(() -> Fields.range("salary_min", salaryMin, 0, NewJobseeker.MAX_SALARY)));
        put(out, "salary_max", checks.check(() -> Fields.range("salary_max", salaryMax, 0, NewJobseeker.MAX_SALARY)));
        put(out, "location", checks.check(() -> Fields.optional("location", location, 200)));
        put(out, "remote_type", checks.check(() -> Fields.sqlValue("remote_type", remoteType)));
        put(out, "status", checks.check(() -> Fields.sqlValue("status", status)));
        put(out, "expires_at", expiresAt == null ? null : Rows.timestamp(expiresAt));
        checks.done();
        return out;
    }

    private static void put(final Map<String, Object> out, final String column, final Object value) {
        if (value != null) {
            out.put(column, value);
        }
    }
}
