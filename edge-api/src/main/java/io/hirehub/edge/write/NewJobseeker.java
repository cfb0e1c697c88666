package io.hirehub.edge.write;

import java.util.List;
import java.util.UUID;

/**
 * A jobseeker: a {@code users} row of type jobseeker and its {@code jobseeker_profiles} row.
 *
 * @param userId           {@code users.id}, or null for a random one
 * @param profileId        {@code jobseeker_profiles.id}, or null for a random one
 * @param email            {@code users.email} (unique), required
 * @param name             {@code name}
 * @param phone            {@code phone}
 * @param experienceYears  {@code experience_years}, 0–60
 * @param desiredPosition  {@code desired_position}
 * @param desiredSalaryMin {@code desired_salary_min} in 만원 (10,000 KRW)
 * @param desiredSalaryMax {@code desired_salary_max} in 만원, not below the minimum
 * @param skills           {@code skills} (skill names)
 */
public record NewJobseeker(
        UUID userId,
        UUID profileId,
        String email,
        String name,
        String phone,
        Integer experienceYears,
        String desiredPosition,
        Integer desiredSalaryMin,
        Integer desiredSalaryMax,
        List<String> skills) {

    /** Upper bound of salaries in 만원 (10 billion KRW), to catch values given in won by mistake. */
    public static final int MAX_SALARY = ProfileFields.MAX_SALARY;

    /** A copy with ids filled in and values normalised; throws {@link InvalidFieldException}. */
    public NewJobseeker validated() {
        final ProfileFields profile = new ProfileFields(
                        name,
                        phone,
                        experienceYears,
                        desiredPosition,
                        desiredSalaryMin,
                        desiredSalaryMax,
                        skills == null ? List.of() : skills)
                .validated();
        return new NewJobseeker(
                userId == null ? UUID.randomUUID() : userId,
                profileId == null ? UUID.randomUUID() : profileId,
                Fields.email("email", email),
                profile.name(),
                profile.phone(),
                profile.experienceYears(),
                profile.desiredPosition(),
                profile.desiredSalaryMin(),
                profile.desiredSalaryMax(),
                profile.skills());
    }
}
