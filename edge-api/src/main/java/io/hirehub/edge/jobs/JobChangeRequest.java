package io.hirehub.edge.jobs;

import java.time.Instant;

/** {@code PATCH /v1/jobs/{id}}: the columns to change; absent ones stay. {@code status}: draft → open → closed. */
public record JobChangeRequest(
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
        Instant expiresAt) {}
