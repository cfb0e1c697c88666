package io.hirehub.topologies.resume.parse;

/**
 * A skill as a {@code resume_skills} row, normalised to its {@code skill_tags} name.
 *
 * @param skillName   canonical name ({@code skill_tags.name})
 * @param category    the skill's category
 * @param proficiency stated proficiency, {@code null} when not stated
 * @param years       stated years, {@code null} when not stated
 */
public record ResumeSkill(String skillName, SkillCategory category, Proficiency proficiency, Integer years) {}
