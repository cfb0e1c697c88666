package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.schemas.keys.JobSkillKey;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.streams.TopicSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Wire format of {@link JobRowChange} on the job-changes repartition topic:
 * {@code 'J'} + the jobs row (Confluent Avro, empty = deleted), or {@code 'S'} + the job_skills key
 * (length-prefixed UTF-8) + the row (empty = deleted). Rows keep the subjects of their CDC topics
 * ({@code hirehub.job.jobs-value}, {@code hirehub.job.job_skills-value}): one topic, two record types.
 */
final class JobChangeSerde {

    private static final byte JOB = 'J';
    private static final byte SKILL = 'S';

    private JobChangeSerde() {}

    static Serde<JobRowChange> of(final TopicSerdes serdes) {
        final Serde<Job> jobs = serdes.value(Topics.JOBS);
        final Serde<JobSkill> skills = serdes.value(Topics.JOB_SKILLS);
        return Serdes.serdeFrom(
                (topic, change) -> {
                    if (change instanceof JobRowChange.JobRow job) {
                        final byte[] row = job.row() == null
                                ? new byte[0]
                                : jobs.serializer().serialize(Topics.JOBS.name(), job.row());
                        return ByteBuffer.allocate(1 + row.length)
                                .put(JOB)
                                .put(row)
                                .array();
                    }
                    if (change instanceof JobRowChange.SkillRow skill) {
                        final byte[] key = skill.key().format().getBytes(StandardCharsets.UTF_8);
                        final byte[] row = skill.row() == null
                                ? new byte[0]
                                : skills.serializer().serialize(Topics.JOB_SKILLS.name(), skill.row());
                        return ByteBuffer.allocate(1 + 4 + key.length + row.length)
                                .put(SKILL)
                                .putInt(key.length)
                                .put(key)
                                .put(row)
                                .array();
                    }
                    return null;
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    final ByteBuffer buf = ByteBuffer.wrap(bytes);
                    final byte kind = buf.get();
                    if (kind == JOB) {
                        final byte[] row = rest(buf);
                        return new JobRowChange.JobRow(
                                row.length == 0 ? null : jobs.deserializer().deserialize(Topics.JOBS.name(), row));
                    }
                    if (kind != SKILL) {
                        throw new IllegalArgumentException("unknown job change kind " + kind);
                    }
                    final byte[] key = new byte[buf.getInt()];
                    buf.get(key);
                    final byte[] row = rest(buf);
                    return new JobRowChange.SkillRow(
                            JobSkillKey.parse(new String(key, StandardCharsets.UTF_8)),
                            row.length == 0 ? null : skills.deserializer().deserialize(Topics.JOB_SKILLS.name(), row));
                });
    }

    private static byte[] rest(final ByteBuffer buf) {
        final byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }
}
