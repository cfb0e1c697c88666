package io.hirehub.edge.write;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A job posting with its skills ({@code job_skills.is_required} true for {@code required}, false for
 * {@code preferred}). Salaries are in 만원 (10,000 KRW) like the jobseeker's desired salary.
 *
 * @param id              {@code jobs.id}, or null for a random one
 * @param companyId       {@code company_id}, required
 * @param title           {@code title}, required
 * @param description     {@code description}
 * @param requirements    {@code requirements}
 * @param jobType         {@code job_type}
 * @param experienceLevel {@code experience_level}
 * @param experienceMin   {@code experience_min} in years
 * @param experienceMax   {@code experience_max} in years, not below the minimum
 * @param salaryMin       {@code salary_min}
 * @param salaryMax       {@code salary_max}, not below the minimum
 * @param location        {@code location}
 * @param remoteType      {@code remote_type}
 * @param status          {@code status}; null means the seed's default, draft
 * @param postedAt        {@code posted_at}; an open job without it is posted now
 * @param expiresAt       {@code expires_at}, after {@code posted_at}
 * @param required        required skills
 * @param preferred       preferred skills, none of them also required
 */
public record NewJob(
        UUID id,
        UUID companyId,
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
        Instant postedAt,
        Instant expiresAt,
        List<NewSkillTag> required,
        List<NewSkillTag> preferred) {

    /** A copy with ids and defaults filled in; throws {@link InvalidFieldException}. */
    public NewJob validated(final Instant now) {
        if (companyId == null) {
            throw new InvalidFieldException("company_id", "is required");
        }
        notUnknown("job_type", jobType);
        notUnknown("experience_level", experienceLevel);
        notUnknown("remote_type", remoteType);
        notUnknown("status", status);
        Fields.range("experience_min", experienceMin, 0, 60);
        Fields.range("experience_max", experienceMax, 0, 60);
        Fields.ordered("experience_min", experienceMin, "experience_max", experienceMax);
        Fields.range("salary_min", salaryMin, 0, NewJobseeker.MAX_SALARY);
        Fields.range("salary_max", salaryMax, 0, NewJobseeker.MAX_SALARY);
        Fields.ordered("salary_min", salaryMin, "salary_max", salaryMax);
        final JobStatus effective = status == null ? JobStatus.DRAFT : status;
        final Instant posted = postedAt == null && effective == JobStatus.OPEN ? now : postedAt;
        if (posted != null && expiresAt != null && !expiresAt.isAfter(posted)) {
            throw new InvalidFieldException("expires_at", "must be after posted_at");
        }
        final List<NewSkillTag> req = skills("required", required, new HashSet<>());
        final Set<String> seen = new HashSet<>();
        req.forEach(tag -> seen.add(tag.name()));
        final List<NewSkillTag> pref = skills("preferred", preferred, seen);
        return new NewJob(
                id == null ? UUID.randomUUID() : id,
                companyId,
                Fields.required("title", title, 200),
                Fields.optional("description", description, 100_000),
                Fields.optional("requirements", requirements, 100_000),
                jobType,
                experienceLevel,
                experienceMin,
                experienceMax,
                salaryMin,
                salaryMax,
                Fields.optional("location", location, 200),
                remoteType,
                effective,
                posted,
                expiresAt,
                req,
                pref);
    }

    private static List<NewSkillTag> skills(final String field, final List<NewSkillTag> tags, final Set<String> seen) {
        final List<NewSkillTag> out = new ArrayList<>();
        final List<NewSkillTag> given = tags == null ? List.of() : tags;
        for (int i = 0; i < given.size(); i++) {
            final NewSkillTag tag = given.get(i);
            if (tag == null) {
                throw new InvalidFieldException(field + "[" + i + "]", "is required");
            }
            if (!seen.add(tag.name())) {
                throw new InvalidFieldException(
                        field + "[" + i + "]",
                        "'" + tag.name() + "' is listed twice" + " (a skill is either required or preferred, once)");
            }
            out.add(tag);
        }
        return List.copyOf(out);
    }

    private static void notUnknown(final String field, final Enum<?> value) {
        if (value != null && "UNKNOWN".equals(value.name())) {
            throw new InvalidFieldException(field, "UNKNOWN is not a value to write");
        }
    }
}
