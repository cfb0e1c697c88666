/**
 * The skill vocabulary both applications read: {@code skill_tags} (name, category, synonyms) turned into a finder of
 * the skills a resume or job text claims, and kept current from the table's changelog.
 *
 * <ul>
 *   <li>{@link io.hirehub.topologies.skills.SkillVocabulary}: an immutable vocabulary and its finder — spellings
 *       (names, synonyms and their regular variants, {@code SpellingVariants}) found on word boundaries with Korean
 *       spacing free ({@code SpellingFinder}, {@code Letters}, {@code KoreanWords}), then kept only where the text
 *       claims them: not negated or planned, not a company's name, short names only among skills
 *       ({@code MentionContext}, {@code Clauses}).</li>
 *   <li>{@link io.hirehub.topologies.skills.LiveSkillVocabulary}: the current vocabulary of a running topology,
 *       starting from the built-in catalogue ({@code io.hirehub.schemas.skills.SkillCatalogue}, what job migration
 *       V3 writes to {@code skill_tags}) and changed row by row from the changelog.</li>
 *   <li>{@link io.hirehub.topologies.skills.SkillTagsGlobalStore}: the {@code hirehub.job.skill_tags} global store
 *       that feeds a live vocabulary, used by the resume pipeline and the job-profile topology alike.</li>
 * </ul>
 * Measured on the labelled set in {@code src/test/resources/quality} ({@code MatchQualityReportTest}, which fails
 * below precision or recall 0.90).
 */
package io.hirehub.topologies.skills;
