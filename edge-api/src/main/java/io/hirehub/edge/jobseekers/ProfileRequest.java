package io.hirehub.edge.jobseekers;

import io.hirehub.edge.write.ProfileFields;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /v1/jobseeker-profiles} (every field) and {@code PATCH …/{id}} (the fields
 * to change; {@code user_id} cannot change).
 *
 * @param userId the jobseeker; defaults to the caller
 */
public record ProfileRequest(
        UUID userId,
        String name,
        String phone,
        Integer experienceYears,
        String desiredPosition,
        Integer desiredSalaryMin,
        Integer desiredSalaryMax,
        List<String> skills) {

    ProfileFields fields() {
        return new ProfileFields(
                name, phone, experienceYears, desiredPosition, desiredSalaryMin, desiredSalaryMax, skills);
    }
}
