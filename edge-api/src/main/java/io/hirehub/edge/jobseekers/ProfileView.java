package io.hirehub.edge.jobseekers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A {@code jobseeker_profiles} row. */
public record ProfileView(
        UUID id,
        UUID userId,
        String name,
        String phone,
        Integer experienceYears,
        String desiredPosition,
        Integer desiredSalaryMin,
        Integer desiredSalaryMax,
        List<String> skills,
        Instant createdAt,
        Instant updatedAt) {}
