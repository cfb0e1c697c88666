/**
 * Composite keys as types: {@link io.hirehub.schemas.keys.PairKey} ({@code {job_id}:{resume_id}},
 * with the one {@code matches.id} formula) and {@link io.hirehub.schemas.keys.JobSkillKey}
 * ({@code {job_id}:{skill_id}}), both spelt by {@link io.hirehub.schemas.keys.CompositeKeys}. Nothing
 * else slices a key by hand.
 */
package io.hirehub.schemas.keys;
