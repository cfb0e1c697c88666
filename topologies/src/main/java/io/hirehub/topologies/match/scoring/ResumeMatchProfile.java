package io.hirehub.topologies.match.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What matching reads about one resume: its skills (with years/proficiency when parsed), the total
 * years of experience, the owner's desired position and salary range ({@code jobseeker_profiles}),
 * a preferred location if known, the resume embedding (1536-dim, L2-normalised, may be
 * {@code null}) and the term counts of its masked text ({@link TextTerms}; empty when unknown). The embedding array
 * is not copied.
 */
public record ResumeMatchProfile(
        String resumeId,
        String userId,
        List<HeldSkill> skills,
        Integer totalYears,
        String desiredPosition,
        Integer desiredSalaryMin,
        Integer desiredSalaryMax,
        String preferredLocation,
        float[] embedding,
        Map<String, Integer> terms) {

    /** Validates ids and ranges; the skill list becomes an immutable copy ({@code null} → empty). */
    public ResumeMatchProfile {
        Profiles.requireId("resume_id", resumeId);
        Profiles.requireId("user_id", userId);
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (totalYears != null && totalYears < 0) {
            throw new IllegalArgumentException("experience_years must be >= 0, got " + totalYears);
        }
        Profiles.requireRange("desired_salary_min", desiredSalaryMin, "desired_salary_max", desiredSalaryMax);
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    /** A profile without text terms (its text component is neutral). */
    public ResumeMatchProfile(
            final String resumeId,
            final String userId,
            final List<HeldSkill> skills,
            final Integer totalYears,
            final String desiredPosition,
            final Integer desiredSalaryMin,
            final Integer desiredSalaryMax,
            final String preferredLocation,
            final float[] embedding) {
        this(
                resumeId,
                userId,
                skills,
                totalYears,
                desiredPosition,
                desiredSalaryMin,
                desiredSalaryMax,
                preferredLocation,
                embedding,
                Map.of());
    }

    /** Copy with another embedding. */
    public ResumeMatchProfile withEmbedding(final float[] newEmbedding) {
        return new ResumeMatchProfile(
                resumeId,
                userId,
                skills,
                totalYears,
                desiredPosition,
                desiredSalaryMin,
                desiredSalaryMax,
                preferredLocation,
                newEmbedding,
                terms);
    }

    /** Whether {@code other} would score exactly like this profile (embedding compared by content). */
    public boolean sameScoringInputs(final ResumeMatchProfile other) {
        return other != null && equals(other.withEmbedding(embedding)) && Arrays.equals(embedding, other.embedding);
    }
}
