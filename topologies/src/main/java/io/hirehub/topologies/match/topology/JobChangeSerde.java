package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerdes;
import io.hirehub.schemas.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Wire format of {@link JobProfileBuilder.Change} on the job-changes repartition topic:
 * {@code 'J'} + the jobs row (Confluent Avro, empty = deleted), or {@code 'S'} + the job_skills key
 * (length-prefixed UTF-8) + the row (empty = deleted). Rows keep the subjects of their CDC topics
 * ({@code hirehub.job.jobs-value}, {@code hirehub.job.job_skills-value}): one topic, two record types.
 */
final class JobChangeSerde {

    private static final byte JOB = 'J';
    private static final byte SKILL = 'S';

    private JobChangeSerde() {}

    static Serde<JobProfileBuilder.Change> of(final SchemaRegistryClient registry) {
        final Serde<Job> jobs = AvroSerdes.forType(Job.class, registry);
        final Serde<JobSkill> skills = AvroSerdes.forType(JobSkill.class, registry);
        return Serdes.serdeFrom(
                (topic, change) -> {
                    if (change == null) {
                        return null;
                    }
                    if (change.isJob()) {
                        final byte[] row = change.job() == null
                                ? new byte[0]
                                : jobs.serializer().serialize(Topics.JOBS, change.job());
                        return ByteBuffer.allocate(1 + row.length)
                                .put(JOB)
                                .put(row)
                                .array();
                    }
                    final byte[] key = change.skillKey().getBytes(StandardCharsets.UTF_8);
                    final byte[] row = change.skill() == null
                            ? new byte[0]
                            : skills.serializer().serialize(Topics.JOB_SKILLS, change.skill());
                    return ByteBuffer.allocate(1 + 4 + key.length + row.length)
                            .put(SKILL)
                            .putInt(key.length)
                            .put(key)
                            .put(row)
                            .array();
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    final ByteBuffer buf = ByteBuffer.wrap(bytes);
                    final byte kind = buf.get();
                    if (kind == JOB) {
                        final byte[] row = rest(buf);
                        return new JobProfileBuilder.Change(
                                true,
                                row.length == 0 ? null : jobs.deserializer().deserialize(Topics.JOBS, row),
                                null,
                                null);
                    }
                    if (kind != SKILL) {
                        throw new IllegalArgumentException("unknown job change kind " + kind);
                    }
                    final byte[] key = new byte[buf.getInt()];
                    buf.get(key);
                    final byte[] row = rest(buf);
                    return new JobProfileBuilder.Change(
                            false,
                            null,
                            new String(key, StandardCharsets.UTF_8),
                            row.length == 0 ? null : skills.deserializer().deserialize(Topics.JOB_SKILLS, row));
                });
    }

    private static byte[] rest(final ByteBuffer buf) {
        final byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }
}
