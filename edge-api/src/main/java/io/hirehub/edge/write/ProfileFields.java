package io.hirehub.edge.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a {@code jobseeker_profiles} row a jobseeker fills in. For a change, a null
 * component leaves the column as it is.
 *
 * @param name             {@code name}
 * @param phone            {@code phone}
 * @param experienceYears  {@code experience_years}, 0–60
 * @param desiredPosition  {@code desired_position}
 * @param desiredSalaryMin {@code desired_salary_min} in 만원 (10,000 KRW)
 * @param desiredSalaryMax {@code desired_salary_max} in 만원, not below the minimum
 * @param skills           {@code skills} (skill names)
 */
public record ProfileFields(
        String name,
        String phone,
        Integer experienceYears,
        String desiredPosition,
        Integer desiredSalaryMin,
        Integer desiredSalaryMax,
        List<String> skills) {

    /** Upper bound of salaries in 만원 (10 billion KRW), to catch values given in won by mistake. */
    public static final int MAX_SALARY = 1_000_000;

    /** A copy with texts normalised; throws {@link InvalidFieldException} naming the field. */
    public ProfileFields validated() {
        final FieldChecks checks = new FieldChecks();
        final Integer payMin = checks.check(() -> Fields.range("desired_salary_min", desiredSalaryMin, 0, MAX_SALARY));
        final Integer payMax = checks.check(() -> Fields.range("desired_salary_max", desiredSalaryMax, 0, MAX_SALARY));
        checks.run(() -> Fields.ordered("desired_salary_min", payMin, "desired_salary_max", payMax));
        final String checkedName = checks.check(() -> Fields.optional("name", name, 100));
        final String checkedPhone = checks.check(() -> Fields.phone("phone", phone));
        final Integer years = checks.check(() -> Fields.range("experience_years", experienceYears, 0, 60));
        final String position = checks.check(() -> Fields.optional("desired_position", desiredPosition, 100));
        final List<String> checkedSkills = checks.check(() -> skills == null ? null : skillNames(skills));
        checks.done();
        return new ProfileFields(
                checkedName, checkedPhone, years, position, desiredSalaryMin, desiredSalaryMax, checkedSkills);
    }

    /** The given columns by name, validated (skills as a Java list). */
    Map<String, Object> columns() {
        final ProfileFields v = validated();
        final Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", v.name);
        put(out, "phone", v.phone);
        put(out, "experience_years", v.experienceYears);
        put(out, "desired_position", v.desiredPosition);
        put(out, "desired_salary_min", v.desiredSalaryMin);
        put(out, "desired_salary_max", v.desiredSalaryMax);
        put(out, "skills", v.skills);
        return out;
    }

    private static List<String> skillNames(final List<String> given) {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add(Fields.required("skills[" + i + "]", given.get(i), 100));
        }
        return List.copyOf(names);
    }

    private static void put(final Map<String, Object> out, final String column, final Object value) {
        if (value != null) {
            out.put(column, value);
        }
    }
}
