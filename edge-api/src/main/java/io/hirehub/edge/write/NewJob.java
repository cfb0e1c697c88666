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
        final FieldChecks checks = new FieldChecks();
        if (companyId == null) {
            checks.run(() -> {
                throw new InvalidFieldException("company_id", "is required");
            });
        }
        checks.run(() -> notUnknown("job_type", jobType));
        checks.run(() -> notUnknown("experience_level", experienceLevel));
        checks.run(() -> notUnknown("remote_type", remoteType));
        checks.run(() -> notUnknown("status", status));
        final String checkedTitle = checks.check(() -> Fields.required("title", title, 200));
        final String checkedDescription = checks.check(() -> Fields.optional("description", description, 100_000));
        final String checkedRequirements = checks.check(() -> Fields.optional("requirements", requirements, 100_000));
        final String checkedLocation = checks.check(() -> Fields.optional("location", location, 200));
        final Integer expMin = checks.check(() -> Fields.range("experience_min", experienceMin, 0, 60));
        final Integer expMax = checks.check(() -> Fields.range("experience_max", experienceMax, 0, 60));
        checks.run(() -> Fields.ordered("experience_min", expMin, "experience_max", expMax));
        final Integer payMin = checks.check(() -> Fields.range("salary_min", salaryMin, 0, NewJobseeker.MAX_SALARY));
        final Integer payMax = checks.check(() -> Fields.range("salary_max", salaryMax, 0, NewJobseeker.MAX_SALARY));
        checks.run(() -> Fields.ordered("salary_min", payMin, "salary_max", payMax));
        final JobStatus effective = status == null ? JobStatus.DRAFT : status;
        final Instant posted = postedAt == null && effective == JobStatus.OPEN ? now : postedAt;
        if (posted != null && expiresAt != null && !expiresAt.isAfter(posted)) {
            checks.run(() -> {
                throw new InvalidFieldException("expires_at", "must be after posted_at");
            });
        }
        final List<NewSkillTag> req = checks.check(() -> skills("required", required, new HashSet<>()));
        final Set<String> seen = new HashSet<>();
        if (req != null) {
            req.forEach(tag -> seen.add(tag.name()));
        }
        final List<NewSkillTag> pref = checks.check(() -> skills("preferred", preferred, seen));
        checks.done();
        return new NewJob(
                id == null ? UUID.randomUUID() : id,
                companyId,
                checkedTitle,
                checkedDescription,
                checkedRequirements,
                jobType,
                experienceLevel,
                experienceMin,
                experienceMax,
                salaryMin,
                salaryMax,
                checkedLocation,
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
