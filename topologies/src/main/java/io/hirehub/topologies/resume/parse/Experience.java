package io.hirehub.topologies.resume.parse;

import java.time.LocalDate;

/**
 * One job, as a {@code resume_experiences} row.
 *
 * @param companyName company ({@code company_name}); may be {@code null} when not recognisable
 * @param position    role title; may be {@code null}
 * @param startDate   first day of the start month
 * @param endDate     first day of the end month, {@code null} when current
 * @param isCurrent   현재/재직중/Present
 * @param description the entry's bullet text, one line per bullet
 */
public record Experience(
        String companyName,
        String position,
        LocalDate startDate,
        LocalDate endDate,
        boolean isCurrent,
        String description) {}
