package io.hirehub.topologies.match.topology;

import io.hirehub.avro.derived.JobProfile;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerdes;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.resume.embed.EmbeddingProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Job profiles from CDC: {@code hirehub.job.jobs} ⋈ {@code hirehub.job.job_skills} (both through
 * one repartition keyed by job_id) with {@code hirehub.job.skill_tags} and {@code hirehub.user.companies} as global
 * tables → {@link JobProfileBuilder} → {@link Topics#JOB_PROFILES} (tombstone when the job row is
 * deleted). The job.created / job.updated events need no separate trigger: they are written in the
 * same transaction as the jobs row whose change reaches this topology, and an update that changes
 * nothing the score reads publishes nothing.
 */
public final class JobProfileTopology {

    private JobProfileTopology() {}

    /**
     * Adds the job-profile part to {@code builder}. Job rows and job_skills rows travel through one
     * repartition topic keyed by job_id, so a job and the skills written in its transaction reach the
     * builder together and it can publish one profile for them after {@code settle}.
     */
    public static void addTo(
            final StreamsBuilder builder,
            final SchemaRegistryClient registry,
            final EmbeddingProvider embeddings,
            final Duration settle) {
        final Serde<String> keys = Serdes.String();
        builder.globalTable(
                Topics.SKILL_TAGS,
                Consumed.with(keys, AvroSerdes.forType(SkillTag.class, registry))
                        .withName("skill-tags-source"),
                Materialized.<String, SkillTag, KeyValueStore<Bytes, byte[]>>as(MatchNames.SKILL_TAGS_STORE));
        builder.globalTable(
                Topics.COMPANIES,
                Consumed.with(keys, AvroSerdes.forType(Company.class, registry)).withName("companies-source"),
                Materialized.<String, Company, KeyValueStore<Bytes, byte[]>>as(MatchNames.COMPANIES_STORE));
        MatchTopology.persistentStore(builder, MatchNames.JOB_ROWS_STORE, AvroSerdes.forType(Job.class, registry));
        MatchTopology.persistentStore(
                builder, MatchNames.JOB_SKILL_ROWS_STORE, AvroSerdes.forType(JobSkill.class, registry));
        MatchTopology.persistentStore(builder, MatchNames.JOB_BUILT_STORE, ProfileSerdes.job());
        MatchTopology.persistentStore(builder, MatchNames.JOB_EMBEDDED_TEXT_STORE, Serdes.String());
        MatchTopology.persistentStore(builder, MatchNames.JOB_PENDING_STORE, Serdes.Long());

        final KStream<String, JobProfileBuilder.Change> jobs = MatchTopology.decoded(
                        builder, Topics.JOBS, "jobs", new AvroDeserializer<>(registry, Job.class), Function.identity())
                .mapValues(job -> new JobProfileBuilder.Change(true, job, null, null), Named.as("job-change"));
        final KStream<String, JobProfileBuilder.Change> skills = MatchTopology.decoded(
                        builder,
                        Topics.JOB_SKILLS,
                        "job-skills",
                        new AvroDeserializer<>(registry, JobSkill.class),
                        Function.identity())
                .map(
                        (key, skill) -> KeyValue.pair(
                                key.substring(0, Math.max(0, key.indexOf(':'))),
                                new JobProfileBuilder.Change(false, null, key, skill)),
                        Named.as("job-skill-change"));

        jobs.merge(skills, Named.as("job-inputs"))
                .repartition(Repartitioned.<String, JobProfileBuilder.Change>as(MatchNames.JOB_CHANGES_BY_JOB)
                        .withKeySerde(keys)
                        .withValueSerde(JobChangeSerde.of(registry)))
                .process(
                        () -> new JobProfileBuilder(embeddings, settle),
                        Named.as(MatchNames.JOB_PROFILE_BUILDER),
                        MatchNames.JOB_ROWS_STORE,
                        MatchNames.JOB_SKILL_ROWS_STORE,
                        MatchNames.JOB_BUILT_STORE,
                        MatchNames.JOB_EMBEDDED_TEXT_STORE,
                        MatchNames.JOB_PENDING_STORE)
                .mapValues(p -> p == null ? null : AvroProfiles.jobAvro(p, Instant.now()), Named.as("job-profile-avro"))
                .to(
                        Topics.JOB_PROFILES,
                        Produced.with(keys, AvroSerdes.forType(JobProfile.class, registry))
                                .withName("job-profiles-sink"));
    }
}
