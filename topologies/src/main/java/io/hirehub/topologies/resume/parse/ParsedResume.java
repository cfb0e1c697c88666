package io.hirehub.topologies.resume.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The structure read from a masked resume: what {@code resumes.parsed_content} and
 * {@code parsed.json} hold (see {@link ParsedResumeJson}).
 *
 * @param experiences             jobs in document order
 * @param educations              schools in document order
 * @param skills                  distinct canonical skills in order of first mention
 * @param totalExperienceMonths   months covered by the jobs, overlaps counted once, end months inclusive
 */
public record ParsedResume(
        List<Experience> experiences, List<Education> educations, List<ParsedSkill> skills, int totalExperienceMonths) {

    public ParsedResume {
        experiences = List.copyOf(experiences);
        educations = List.copyOf(educations);
        skills = List.copyOf(skills);
    }

    /** Total experience in years with one decimal (months / 12, half-up). */
    public BigDecimal totalExperienceYears() {
        return BigDecimal.valueOf(totalExperienceMonths).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }

    /** Whole years for {@code jobseeker_profiles.experience_years}-style integers (floor). */
    public int totalExperienceWholeYears() {
        return totalExperienceMonths / 12;
    }
}
