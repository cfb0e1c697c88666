/**
 * The built-in skill catalogue that seeds {@code job_service.skill_tags} (job migration V3): canonical names,
 * categories, synonyms (Korean, English, abbreviations and Korean transliterations of tools) and the occupational
 * family each tag is listed under. {@link io.hirehub.schemas.skills.SkillCatalogue#builtIn()} reads the same rows
 * the migration inserts; a test keeps the two equal.
 */
package io.hirehub.schemas.skills;
