package io.hirehub.topologies.resume.parse;

import java.time.LocalDate;

/**
 * One school, as a {@code resume_educations} row. Degrees keep the resume's wording (학사, B.S.).
 */
public record Education(
        String schoolName, String degree, String major, LocalDate startDate, LocalDate endDate, boolean isCurrent) {}
