package io.hirehub.launcher.data;

import java.util.List;

/**
 * A synthetic jobseeker: who they are (the PII their resume carries) and what they want.
 *
 * @param korean          writes a Korean resume (else English)
 * @param name            full name as the resume writes it
 * @param romanised       the name in Latin letters (email local part)
 * @param email           email address
 * @param phone           phone number as written on the resume
 * @param address         street address
 * @param birthDate       birth date text (yyyy.MM.dd)
 * @param role            the kind of position
 * @param experienceYears years of experience
 * @param position        desired position
 * @param salaryMin       desired minimum salary in 만원
 * @param salaryMax       desired maximum salary in 만원
 * @param skills          skill names with years, strongest first
 * @param employers       past employers, most recent first
 * @param school          school
 * @param major           major
 */
record Person(
        boolean korean,
        String name,
        String romanised,
        String email,
        String phone,
        String address,
        String birthDate,
        Roles.Role role,
        int experienceYears,
        String position,
        int salaryMin,
        int salaryMax,
        List<SkillYears> skills,
        List<Employer> employers,
        String school,
        String major) {

    /** A skill with the years it was used. */
    record SkillYears(SkillMaster.Skill skill, int years) {}

    /** A past or current employer: name, title, first and last year (last 0 = current). */
    record Employer(String company, String title, int fromYear, int fromMonth, int toYear, int toMonth) {
        boolean current() {
            return toYear == 0;
        }
    }
}
