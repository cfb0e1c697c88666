package io.hirehub.edge.write;

import java.util.ArrayList;
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
    public static final int MAX_SALARY = 1_000_000;

    /** A copy with ids filled in and values normalised; throws {@link InvalidFieldException}. */
    public NewJobseeker validated() {
        Fields.range("desired_salary_min", desiredSalaryMin, 0, MAX_SALARY);
        Fields.range("desired_salary_max", desiredSalaryMax, 0, MAX_SALARY);
        Fields.ordered("desired_salary_min", desiredSalaryMin, "desired_salary_max", desiredSalaryMax);
        final List<String> names = new ArrayList<>();
        final List<String> given = skills == null ? List.of() : skills;
        for (int i = 0; i < given.size(); i++) {
            names.add(Fields.required("skills[" + i + "]", given.get(i), 100));
        }
        return new NewJobseeker(
                userId == null ? UUID.randomUUID() : userId,
                profileId == null ? UUID.randomUUID() : profileId,
                Fields.email("email", email),
                Fields.optional("name", name, 100),
                Fields.phone("phone", phone),
                Fields.range("experience_years", experienceYears, 0, 60),
                Fields.optional("desired_position", desiredPosition, 100),
                desiredSalaryMin,
                desiredSalaryMax,
                List.copyOf(names));
    }
}
