/**
 * The applications topology's write-backs ({@link io.hirehub.connectors.writeback.apply.ApplyWriteBack}
 * per {@link io.hirehub.connectors.writeback.apply.ApplySink}): a job's absolute applies_count and
 * views_count into {@code jobs}, and late match scores into {@code applications.match_score}. Both
 * are idempotent, so the at-least-once sink is exact.
 */
package io.hirehub.connectors.writeback.apply;
