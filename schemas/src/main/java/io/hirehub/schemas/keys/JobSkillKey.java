package io.hirehub.schemas.keys;

/** The key {@code {job_id}:{skill_id}} of {@code hirehub.job.job_skills} (CDC joins the primary key columns). */
public record JobSkillKey(String jobId, String skillId) {

    /** Rejects empty ids and a job id containing ':'. */
    public JobSkillKey {
        CompositeKeys.join(jobId, skillId);
    }

    /** The key of a {@code job_skills} record. */
    public static JobSkillKey parse(final String key) {
        final String[] parts = CompositeKeys.split(key, "{job_id}:{skill_id}");
        return new JobSkillKey(parts[0], parts[1]);
    }

    /** The key text {@code {job_id}:{skill_id}}. */
    public String format() {
        return jobId + CompositeKeys.SEPARATOR + skillId;
    }

    /** The prefix of every job_skills key of one job, for prefix scans. */
    public static String jobPrefix(final String jobId) {
        return CompositeKeys.prefix(jobId);
    }

    @Override
    public String toString() {
        return format();
    }
}
