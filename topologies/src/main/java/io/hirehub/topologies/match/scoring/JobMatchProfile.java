package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What matching reads about one job: the {@code jobs} row, its {@code job_skills} split into required
 * and preferred (by {@code is_required}), the company's size, industry and location, and the job's
 * embedding (1536-dim, L2-normalised; {@code null} until embedded), and the term counts of its title, description,
 * requirements and skill names ({@link TextTerms}; empty when unknown) for the text component.
 *
 * <p>Skill names are {@code skill_tags.name} values. The embedding array is not copied: callers hand
 * over ownership and never mutate it afterwards.
 */
public record JobMatchProfile(
        String jobId,
        String companyId,
        String title,
        JobStatus status,
        Instant expiresAt,
        List<String> requiredSkills,
        List<String> preferredSkills,
        Integer experienceMin,
        Integer experienceMax,
        ExperienceLevel experienceLevel,
        Integer salaryMin,
        Integer salaryMax,
        String location,
        RemoteType remoteType,
        CompanySize companySize,
        String companyIndustry,
        String companyLocation,
        float[] embedding,
        Map<String, Integer> terms) {

    /** Validates ranges and ids; lists become immutable copies ({@code null} → empty). */
    public JobMatchProfile {
        Profiles.requireId("job_id", jobId);
        requiredSkills = Profiles.names("required_skills", requiredSkills);
        preferredSkills = Profiles.names("preferred_skills", preferredSkills);
        Profiles.requireRange("experience_min", experienceMin, "experience_max", experienceMax);
        Profiles.requireRange("salary_min", salaryMin, "salary_max", salaryMax);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    /** A profile without text terms (its text component is neutral). */
    public JobMatchProfile(
            final String jobId,
            final String companyId,
            final String title,
            final JobStatus status,
            final Instant expiresAt,
            final List<String> requiredSkills,
            final List<String> preferredSkills,
            final Integer experienceMin,
            final Integer experienceMax,
            final ExperienceLevel experienceLevel,
            final Integer salaryMin,
            final Integer salaryMax,
            final String location,
            final RemoteType remoteType,
            final CompanySize companySize,
            final String companyIndustry,
            final String companyLocation,
            final float[] embedding) {
        this(
                jobId,
                companyId,
                title,
                status,
                expiresAt,
                requiredSkills,
                preferredSkills,
                experienceMin,
                experienceMax,
                experienceLevel,
                salaryMin,
                salaryMax,
                location,
                remoteType,
                companySize,
                companyIndustry,
                companyLocation,
                embedding,
                Map.of());
    }

    /**
     * Matchable rule: status {@code open} and not expired at {@code now} ({@code expires_at} is
     * exclusive: a job expiring exactly now is no longer matchable).
     */
    public boolean isMatchable(final Instant now) {
        Objects.requireNonNull(now, "now");
        return status == JobStatus.OPEN && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Copy with another embedding (the topology embeds after joining). */
    public JobMatchProfile withEmbedding(final float[] newEmbedding) {
        return new JobMatchProfile(
                jobId,
                companyId,
                title,
                status,
                expiresAt,
                requiredSkills,
                preferredSkills,
                experienceMin,
                experienceMax,
                experienceLevel,
                salaryMin,
                salaryMax,
                location,
                remoteType,
                companySize,
                companyIndustry,
                companyLocation,
                newEmbedding,
                terms);
    }

    /**
     * Whether {@code other} would score and match exactly like this profile: every component is
     * equal, the embedding by content (record equality compares arrays by reference). The topology
     * uses it to skip re-matching on updates that touch nothing matching reads (e.g. views_count,
     * which is not part of the profile at all).
     */
    public boolean sameScoringInputs(final JobMatchProfile other) {
        return other != null && equals(other.withEmbedding(embedding)) && Arrays.equals(embedding, other.embedding);
    }
}
