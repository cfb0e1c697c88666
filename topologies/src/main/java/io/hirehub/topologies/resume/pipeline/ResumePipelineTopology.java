package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.skills.SkillTagsGlobalStore;
import io.hirehub.topologies.streams.TopicSerdes;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The resume pipeline (DESIGN.md "Topologies" 1) as a pure function of its settings and ports.
 *
 * <pre>
 * resume.uploaded (bytes) ─decode─┬─ unreadable ─ headers ─▶ hirehub.resume-pipeline.dlq
 *                                 └─ event ─ re-key user_id ─ repartition ─ analyze ─┬─▶ hirehub.resume.analysis-results
 *     (dedupe store by event_id, jobseeker-by-user store for the name to mask) ──────┘─▶ hirehub.resume.profiles (ready only)
 * hirehub.user.jobseeker_profiles ─ table ─ group by user_id ─ reduce (latest) = jobseeker-by-user store
 * hirehub.resume.resumes tombstones ─▶ hirehub.resume.profiles tombstones
 * hirehub.job.skill_tags ─ global store ─▶ the analyzer's live skill vocabulary (a new tag counts in the next resume)
 * </pre>
 *
 * <p>Triggered by resume.uploaded only: the write-back's own updates of {@code resumes} come back on
 * hirehub.resume.resumes, where only deletes are read, so they cannot loop.
 */
public final class ResumePipelineTopology {

    private ResumePipelineTopology() {}

    /** Builds the topology; {@code settings} is reserved for topology-shaping options. */
    public static Topology build(final ResumePipelineSettings settings, final ResumePipelinePorts ports) {
        final TopicSerdes serdes = new TopicSerdes(ports.registry());
        final Serde<ResumeUploaded> uploadedSerde = serdes.value(Topics.RESUME_UPLOADED);
        final Serde<JobseekerProfile> jobseekerSerde = serdes.value(Topics.JOBSEEKER_PROFILES);
        final Serde<String> keys = Serdes.String();

        final StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ResumePipelineNames.PROCESSED_EVENTS_STORE), keys, Serdes.Long()));

        builder.table(
                        Topics.JOBSEEKER_PROFILES.name(),
                        serdes.consumed(Topics.JOBSEEKER_PROFILES, ResumePipelineNames.JOBSEEKERS_SOURCE),
                        Materialized.<String, JobseekerProfile, KeyValueStore<Bytes, byte[]>>as(
                                        ResumePipelineNames.JOBSEEKERS_TABLE)
                                .withKeySerde(keys)
                                .withValueSerde(jobseekerSerde))
                .filter(
                        (profileId, profile) -> profile.getUserId() != null,
                        Named.as(ResumePipelineNames.JOBSEEKERS_WITH_USER))
                .groupBy(
                        (profileId, profile) ->
                                KeyValue.pair(profile.getUserId().toString(), profile),
                        Grouped.with(ResumePipelineNames.JOBSEEKERS_BY_USER, keys, jobseekerSerde))
                // The newest row per user wins; removing a user's row leaves nothing (null deletes).
                .reduce(
                        (current, added) -> added,
                        (current, removed) -> null,
                        Named.as(ResumePipelineNames.JOBSEEKERS_REDUCE),
                        Materialized.<String, JobseekerProfile, KeyValueStore<Bytes, byte[]>>as(
                                        ResumePipelineNames.JOBSEEKERS_BY_USER_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(jobseekerSerde));

        final Map<String, KStream<String, DecodedUpload>> branches = builder.stream(
                        Topics.RESUME_UPLOADED.name(),
                        serdes.consumedRaw(Topics.RESUME_UPLOADED, ResumePipelineNames.UPLOADED_SOURCE))
                .processValues(
                        () -> new DecodeProcessor(uploadedSerde.deserializer()), Named.as(ResumePipelineNames.DECODE))
                .split(Named.as(ResumePipelineNames.SPLIT))
                .branch((key, decoded) -> decoded.readable(), Branched.as(ResumePipelineNames.DECODED_BRANCH))
                .defaultBranch(Branched.as(ResumePipelineNames.UNREADABLE_BRANCH));

        branches.get(ResumePipelineNames.SPLIT + ResumePipelineNames.UNREADABLE_BRANCH)
                .processValues(DeadLetterProcessor::new, Named.as(ResumePipelineNames.DLQ_HEADERS))
                .to(
                        Topics.RESUME_PIPELINE_DLQ.name(),
                        serdes.produced(Topics.RESUME_PIPELINE_DLQ, ResumePipelineNames.DLQ_SINK));

        final KStream<String, PipelineOutcome> outcomes = branches.get(
                        ResumePipelineNames.SPLIT + ResumePipelineNames.DECODED_BRANCH)
                .map(
                        (resumeId, decoded) ->
                                KeyValue.pair(decoded.event().getUserId().toString(), decoded.event()),
                        Named.as(ResumePipelineNames.BY_USER))
                .repartition(Repartitioned.with(keys, uploadedSerde).withName(ResumePipelineNames.BY_USER_REPARTITION))
                .process(
                        () -> new AnalyzeProcessor(ports),
                        Named.as(ResumePipelineNames.ANALYZE),
                        ResumePipelineNames.PROCESSED_EVENTS_STORE,
                        ResumePipelineNames.JOBSEEKERS_BY_USER_STORE);

        outcomes.mapValues(PipelineOutcome::result, Named.as(ResumePipelineNames.RESULT_VALUES))
                .to(
                        Topics.RESUME_ANALYSIS_RESULTS.name(),
                        serdes.produced(Topics.RESUME_ANALYSIS_RESULTS, ResumePipelineNames.RESULT_SINK));
        outcomes.filter((resumeId, outcome) -> outcome.profile() != null, Named.as(ResumePipelineNames.PROFILE_FILTER))
                .mapValues(PipelineOutcome::profile, Named.as(ResumePipelineNames.PROFILE_VALUES))
                .to(
                        Topics.RESUME_PROFILES.name(),
                        serdes.produced(Topics.RESUME_PROFILES, ResumePipelineNames.PROFILE_SINK));

        builder.stream(Topics.RESUMES.name(), serdes.consumedRaw(Topics.RESUMES, ResumePipelineNames.RESUMES_SOURCE))
                .filter(
                        (resumeId, row) -> row == null && resumeId != null,
                        Named.as(ResumePipelineNames.RESUME_DELETES))
                .mapValues(row -> (ResumeProfile) null, Named.as(ResumePipelineNames.PROFILE_TOMBSTONES))
                .to(
                        Topics.RESUME_PROFILES.name(),
                        serdes.produced(Topics.RESUME_PROFILES, ResumePipelineNames.PROFILE_TOMBSTONE_SINK));
        // Added last, so the sub-topologies (and task directories) of a running deployment keep their numbers.
        SkillTagsGlobalStore.addTo(
                builder,
                serdes,
                ResumePipelineNames.SKILL_TAGS_STORE,
                ResumePipelineNames.SKILL_TAGS_VOCABULARY,
                ports.analyzer().vocabulary());
        return builder.build();
    }
}
