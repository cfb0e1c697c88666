package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.schemas.keys.JobSkillKey;

/**
 * A row change reaching the {@link JobProfileBuilder}, keyed by job_id: a {@code jobs} row or a
 * {@code job_skills} row. Both travel through one repartition topic ({@link JobChangeSerde}), so a
 * job and the skills written in its transaction reach the builder together.
 */
sealed interface JobRowChange {

    /** A {@code jobs} row; {@code row == null}: the job was deleted. */
    record JobRow(Job row) implements JobRowChange {}

    /** A {@code job_skills} row under its key; {@code row == null}: the link was deleted. */
    record SkillRow(JobSkillKey key, JobSkill row) implements JobRowChange {}
}
