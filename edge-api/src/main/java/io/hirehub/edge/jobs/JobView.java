package io.hirehub.edge.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A {@code jobs} row with its skills. */
public record JobView(
        UUID id,
        UUID companyId,
        String title,
        String description,
        String requirements,
        String jobType,
        String experienceLevel,
        Integer experienceMin,
        Integer experienceMax,
        Integer salaryMin,
        Integer salaryMax,
        String location,
        String remoteType,
        String status,
        Integer viewsCount,
        Integer appliesCount,
        Instant postedAt,
        Instant expiresAt,
        List<SkillView> requiredSkills,
        List<SkillView> preferredSkills,
        Instant createdAt,
        Instant updatedAt) {

    /** A skill of the job, from the skill master. */
    public record SkillView(UUID id, String name, String category) {}
}
