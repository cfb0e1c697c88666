package io.hirehub.edge.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code POST /v1/jobs}: a job posting of the caller's company with its skills. */
public record NewJobRequest(
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
        Instant postedAt,
        Instant expiresAt,
        List<SkillRequest> requiredSkills,
        List<SkillRequest> preferredSkills) {}
