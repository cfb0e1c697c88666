package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.Company;
import io.hirehub.schemas.keys.JobSkillKey;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.skills.LiveSkillVocabulary;
import io.hirehub.topologies.skills.SkillTagsGlobalStore;
import io.hirehub.topologies.streams.TopicSerdes;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Job profiles from CDC: {@code hirehub.job.jobs} ⋈ {@code hirehub.job.job_skills} (both through
 * one repartition keyed by job_id) with {@code hirehub.job.skill_tags} (a global store that keeps the skill
 * vocabulary current, {@link SkillTagsGlobalStore}) and {@code hirehub.user.companies} as global tables →
 * {@link JobProfileBuilder} → {@link Topics#JOB_PROFILES} (tombstone when the job row is
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
            final TopicSerdes serdes,
            final EmbeddingProvider embeddings,
            final Duration settle) {
        final Serde<String> keys = Serdes.String();
        final LiveSkillVocabulary vocabulary = LiveSkillVocabulary.startingFromBuiltIn();
        SkillTagsGlobalStore.addTo(builder, serdes, MatchNames.SKILL_TAGS_STORE, "skill-tags-source", vocabulary);
        builder.globalTable(
                Topics.COMPANIES.name(),
                serdes.consumed(Topics.COMPANIES, "companies-source"),
                Materialized.<String, Company, KeyValueStore<Bytes, byte[]>>as(MatchNames.COMPANIES_STORE));
        MatchTopology.persistentStore(builder, MatchNames.JOB_ROWS_STORE, serdes.value(Topics.JOBS));
        MatchTopology.persistentStore(builder, MatchNames.JOB_SKILL_ROWS_STORE, serdes.value(Topics.JOB_SKILLS));
        MatchTopology.persistentStore(builder, MatchNames.JOB_BUILT_STORE, ProfileSerdes.job());
        MatchTopology.persistentStore(builder, MatchNames.JOB_EMBEDDED_TEXT_STORE, Serdes.String());
        MatchTopology.persistentStore(builder, MatchNames.JOB_PENDING_STORE, Serdes.Long());
        MatchTopology.persistentStore(builder, MatchNames.JOB_POSITIONS_STORE, Serdes.Long());

        final KStream<String, JobRowChange> jobs = MatchTopology.decoded(
                        builder, serdes, Topics.JOBS, "jobs", (jobId, job) -> job)
                .mapValues(JobRowChange.JobRow::new, Named.as("job-change"));
        // A job_skills key that is not {job_id}:{skill_id} is refused while decoding (dead letter),
        // tombstones included, so the re-key below always finds its job.
        final KStream<String, JobRowChange.SkillRow> skills = MatchTopology.decoded(
                builder,
                serdes,
                Topics.JOB_SKILLS,
                "job-skills",
                (key, skill) -> new JobRowChange.SkillRow(JobSkillKey.parse(key), skill),
                Decoded.Tombstones.TO_DOMAIN);

        jobs.merge(
                        skills.map(
                                (key, skill) -> KeyValue.pair(skill.key().jobId(), (JobRowChange) skill),
                                Named.as("job-skill-change")),
                        Named.as("job-inputs"))
                .repartition(Repartitioned.<String, JobRowChange>as(MatchNames.JOB_CHANGES_BY_JOB)
                        .withKeySerde(keys)
                        .withValueSerde(JobChangeSerde.of(serdes)))
                .process(
                        () -> new JobProfileBuilder(embeddings, settle, vocabulary),
                        Named.as(MatchNames.JOB_PROFILE_BUILDER),
                        MatchNames.JOB_ROWS_STORE,
                        MatchNames.JOB_SKILL_ROWS_STORE,
                        MatchNames.JOB_BUILT_STORE,
                        MatchNames.JOB_EMBEDDED_TEXT_STORE,
                        MatchNames.JOB_PENDING_STORE,
                        MatchNames.JOB_POSITIONS_STORE)
                .mapValues(p -> p == null ? null : AvroProfiles.jobAvro(p, Instant.now()), Named.as("job-profile-avro"))
                .to(Topics.JOB_PROFILES.name(), serdes.produced(Topics.JOB_PROFILES, "job-profiles-sink"));
    }
}
