package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.CompanySize;
import io.hirehub.topologies.match.ExperienceLevel;
import io.hirehub.topologies.match.JobProfile;
import io.hirehub.topologies.match.JobStatus;
import io.hirehub.topologies.match.Proficiency;
import io.hirehub.topologies.match.RemoteType;
import io.hirehub.topologies.match.ResumeProfile;
import io.hirehub.topologies.match.ResumeSkill;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps the Avro profiles on the derived topics to the matching value types and back. Any value
 * the domain refuses (unknown status code, min &gt; max …) throws IllegalArgumentException, which
 * the topology routes to the dead-letter topic.
 */
public final class AvroProfiles {

    private AvroProfiles() {}

    /** Domain resume profile of a {@code hirehub.resume.profiles} value. */
    public static ResumeProfile resume(final io.hirehub.avro.derived.ResumeProfile avro) {
        final List<ResumeSkill> skills = new ArrayList<>(avro.getSkills().size());
        avro.getSkills()
                .forEach(s -> skills.add(new ResumeSkill(
                        s.getName(),
                        s.getYears(),
                        s.getProficiency() == null
                                        || "UNKNOWN".equals(s.getProficiency().name())
                                ? null
                                : Proficiency.fromCode(s.getProficiency().name().toLowerCase(Locale.ROOT)))));
        final Integer years = avro.getTotalExperienceYears() == null
                ? null
                : avro.getTotalExperienceYears()
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
        return new ResumeProfile(
                avro.getResumeId().toString(),
                avro.getUserId().toString(),
                skills,
                years,
                avro.getDesiredPosition(),
                avro.getDesiredSalaryMin(),
                avro.getDesiredSalaryMax(),
                avro.getLocation(),
                vector(avro.getEmbedding()));
    }

    /** Domain job profile of a {@code hirehub.job.profiles} value. */
    public static JobProfile job(final io.hirehub.avro.derived.JobProfile avro) {
        return new JobProfile(
                avro.getJobId().toString(),
                avro.getCompanyId().toString(),
                avro.getTitle(),
                JobStatus.fromCode(avro.getStatus()),
                avro.getExpiresAt(),
                avro.getRequiredSkills(),
                avro.getPreferredSkills(),
                avro.getExperienceMin(),
                avro.getExperienceMax(),
                avro.getExperienceLevel() == null ? null : ExperienceLevel.fromCode(avro.getExperienceLevel()),
                avro.getSalaryMin(),
                avro.getSalaryMax(),
                avro.getLocation(),
                avro.getRemoteType() == null ? null : RemoteType.fromCode(avro.getRemoteType()),
                avro.getCompanySize() == null ? null : CompanySize.fromCode(avro.getCompanySize()),
                avro.getCompanyIndustry(),
                avro.getCompanyLocation(),
                vector(avro.getEmbedding()));
    }

    /** Avro value of a domain job profile, stamped {@code updatedAt}. */
    public static io.hirehub.avro.derived.JobProfile jobAvro(final JobProfile job, final Instant updatedAt) {
        final List<Float> embedding = new ArrayList<>();
        if (job.embedding() != null) {
            for (final float f : job.embedding()) {
                embedding.add(f);
            }
        }
        return io.hirehub.avro.derived.JobProfile.newBuilder()
                .setJobId(java.util.UUID.fromString(job.jobId()))
                .setCompanyId(java.util.UUID.fromString(job.companyId()))
                .setTitle(job.title() == null ? "" : job.title())
                .setStatus(job.status().code())
                .setExpiresAt(job.expiresAt() == null ? null : job.expiresAt().truncatedTo(ChronoUnit.MICROS))
                .setRequiredSkills(job.requiredSkills())
                .setPreferredSkills(job.preferredSkills())
                .setExperienceMin(job.experienceMin())
                .setExperienceMax(job.experienceMax())
                .setExperienceLevel(
                        job.experienceLevel() == null
                                ? null
                                : job.experienceLevel().code())
                .setSalaryMin(job.salaryMin())
                .setSalaryMax(job.salaryMax())
                .setLocation(job.location())
                .setRemoteType(
                        job.remoteType() == null ? null : job.remoteType().code())
                .setCompanySize(
                        job.companySize() == null ? null : job.companySize().code())
                .setCompanyIndustry(job.companyIndustry())
                .setCompanyLocation(job.companyLocation())
                .setEmbedding(embedding)
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
