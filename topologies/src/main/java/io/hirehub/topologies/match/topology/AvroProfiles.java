package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.JobProfile;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.topologies.match.scoring.HeldSkill;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Maps the Avro profiles on the derived topics to the matching value types and back. Any value
 * the domain refuses (unknown status code, min &gt; max …) throws IllegalArgumentException, which
 * the topology routes to the dead-letter topic.
 */
public final class AvroProfiles {

    private AvroProfiles() {}

    /** Domain resume profile of a {@code hirehub.resume.profiles} value. */
    public static ResumeMatchProfile resume(final ResumeProfile avro) {
        final List<HeldSkill> skills = new ArrayList<>(avro.getSkills().size());
        avro.getSkills()
                .forEach(s -> skills.add(new HeldSkill(
                        s.getName(),
                        s.getYears(),
                        s.getProficiency() == Proficiency.UNKNOWN ? null : s.getProficiency())));
        final Integer years = avro.getTotalExperienceYears() == null
                ? null
                : avro.getTotalExperienceYears()
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
        return new ResumeMatchProfile(
                avro.getResumeId().toString(),
                avro.getUserId().toString(),
                skills,
                years,
                avro.getDesiredPosition(),
                avro.getDesiredSalaryMin(),
                avro.getDesiredSalaryMax(),
                avro.getLocation(),
                vector(avro.getEmbedding()),
                avro.getTerms());
    }

    /** Domain job profile of a {@code hirehub.job.profiles} value. */
    public static JobMatchProfile job(final JobProfile avro) {
        return new JobMatchProfile(
                avro.getJobId().toString(),
                avro.getCompanyId().toString(),
                avro.getTitle(),
                SeedValues.parse(JobStatus.class, "jobs.status", avro.getStatus(), TextMatch.ANY_CASE),
                avro.getExpiresAt(),
                avro.getRequiredSkills(),
                avro.getPreferredSkills(),
                avro.getExperienceMin(),
                avro.getExperienceMax(),
                SeedValues.parse(
                        ExperienceLevel.class, "jobs.experience_level", avro.getExperienceLevel(), TextMatch.ANY_CASE),
                avro.getSalaryMin(),
                avro.getSalaryMax(),
                avro.getLocation(),
                SeedValues.parse(RemoteType.class, "jobs.remote_type", avro.getRemoteType(), TextMatch.ANY_CASE),
                SeedValues.parse(
                        CompanySize.class, "companies.company_size", avro.getCompanySize(), TextMatch.ANY_CASE),
                avro.getCompanyIndustry(),
                avro.getCompanyLocation(),
                vector(avro.getEmbedding()),
                avro.getTerms());
    }

    /** Avro value of a domain job profile, stamped {@code updatedAt}. */
    public static JobProfile jobAvro(final JobMatchProfile job, final Instant updatedAt) {
        final List<Float> embedding = new ArrayList<>();
        if (job.embedding() != null) {
            for (final float f : job.embedding()) {
                embedding.add(f);
            }
        }
        return JobProfile.newBuilder()
                .setJobId(UUID.fromString(job.jobId()))
                .setCompanyId(UUID.fromString(job.companyId()))
                .setTitle(job.title() == null ? "" : job.title())
                .setStatus(SeedValues.sql(job.status()))
                .setExpiresAt(job.expiresAt() == null ? null : job.expiresAt().truncatedTo(ChronoUnit.MICROS))
                .setRequiredSkills(job.requiredSkills())
                .setPreferredSkills(job.preferredSkills())
                .setExperienceMin(job.experienceMin())
                .setExperienceMax(job.experienceMax())
                .setExperienceLevel(SeedValues.sql(job.experienceLevel()))
                .setSalaryMin(job.salaryMin())
                .setSalaryMax(job.salaryMax())
                .setLocation(job.location())
                .setRemoteType(SeedValues.sql(job.remoteType()))
                .setCompanySize(SeedValues.sql(job.companySize()))
                .setCompanyIndustry(job.companyIndustry())
                .setCompanyLocation(job.companyLocation())
                .setEmbedding(embedding)
                .setTerms(job.terms().isEmpty() ? null : job.terms())
                .setUpdatedAt(updatedAt.truncatedTo(ChronoUnit.MICROS))
                .build();
    }

    private static float[] vector(final List<Float> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        final float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
