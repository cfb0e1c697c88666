package io.hirehub.topologies.resume.parse;

import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.SkillCategory;

/**
 * A skill as a {@code resume_skills} row, normalised to its {@code skill_tags} name.
 *
 * @param skillName   canonical name ({@code skill_tags.name})
 * @param category    the skill's category
 * @param proficiency stated proficiency, {@code null} when not stated
 * @param years       stated years, {@code null} when not stated
 */
public record ParsedSkill(String skillName, SkillCategory category, Proficiency proficiency, Integer years) {}
