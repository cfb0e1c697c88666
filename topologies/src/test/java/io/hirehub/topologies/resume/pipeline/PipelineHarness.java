package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerdes;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * A TopologyTestDriver around the resume pipeline with an in-memory registry and object store. Public
 * (in the test-jar) for the bench module's throughput run, which drives the same harness.
 */
public final class PipelineHarness implements AutoCloseable {

    static final String BUCKET = "hirehub-resumes-test";
    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    final InMemoryObjectStore objects = new InMemoryObjectStore();
    final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    final TopologyTestDriver driver;
    final TestInputTopic<String, ResumeUploaded> uploaded;
    final TestInputTopic<String, byte[]> uploadedRaw;
    final TestInputTopic<String, JobseekerProfile> jobseekers;
    final TestInputTopic<String, byte[]> resumes;
    final TestInputTopic<String, SkillTag> skillTags;
    public final TestOutputTopic<String, ResumeAnalysisResult> results;
    final TestOutputTopic<String, ResumeProfile> profiles;
    final TestOutputTopic<String, byte[]> deadLetters;

    public PipelineHarness(final ResumeAnalyzer analyzer) {
        this(analyzer, java.util.function.UnaryOperator.identity());
    }

    /** {@code storeSeenByPipeline} wraps the in-memory store the pipeline uses (to inject failures). */
    PipelineHarness(
            final ResumeAnalyzer analyzer, final java.util.function.UnaryOperator<ObjectStore> storeSeenByPipeline) {
        final ResumePipelinePorts ports = new ResumePipelinePorts(
                analyzer, storeSeenByPipeline.apply(objects), registry, Clock.fixed(NOW, ZoneOffset.UTC));
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "resume-pipeline-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(
                    StreamsConfig.STATE_DIR_CONFIG,
                    Files.createTempDirectory("resume-pipeline").toString());
        } catch (final java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(ResumePipelineTopology.build(ResumePipelineSettings.DEFAULT, ports), props);
        final Serde<String> keys = Serdes.String();
        final Serde<ResumeUploaded> uploadedSerde = AvroSerdes.forType(ResumeUploaded.class, registry);
        final Serde<JobseekerProfile> jobseekerSerde = AvroSerdes.forType(JobseekerProfile.class, registry);
        uploaded =
                driver.createInputTopic(Topics.RESUME_UPLOADED.name(), keys.serializer(), uploadedSerde.serializer());
        uploadedRaw = driver.createInputTopic(
                Topics.RESUME_UPLOADED.name(),
                keys.serializer(),
                Serdes.ByteArray().serializer());
        jobseekers = driver.createInputTopic(
                Topics.JOBSEEKER_PROFILES.name(), keys.serializer(), jobseekerSerde.serializer());
        resumes = driver.createInputTopic(
                Topics.RESUMES.name(), keys.serializer(), Serdes.ByteArray().serializer());
        skillTags = driver.createInputTopic(
                Topics.SKILL_TAGS.name(),
                keys.serializer(),
                AvroSerdes.forType(SkillTag.class, registry).serializer());
        results = driver.createOutputTopic(
                Topics.RESUME_ANALYSIS_RESULTS.name(),
                keys.deserializer(),
                AvroSerdes.forType(ResumeAnalysisResult.class, registry).deserializer());
        profiles = driver.createOutputTopic(
                Topics.RESUME_PROFILES.name(),
                keys.deserializer(),
                AvroSerdes.forType(ResumeProfile.class, registry).deserializer());
        deadLetters = driver.createOutputTopic(
                Topics.RESUME_PIPELINE_DLQ.name(),
                keys.deserializer(),
                Serdes.ByteArray().deserializer());
    }

    /** Stores {@code file} at the seed's original/ key and sends its resume.uploaded; returns the event. */
    public ResumeUploaded upload(final UUID userId, final String fileName, final byte[] file) {
        final UUID resumeId = UUID.randomUUID();
        final String key = "original/" + userId + "/" + resumeId + "/" + fileName;
        objects.put(BUCKET, key, file, "application/octet-stream");
        final ResumeUploaded event = ResumeUploaded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(NOW)
                .setResumeId(resumeId)
                .setUserId(userId)
                .setFileUrl("s3://" + BUCKET + "/" + key)
                .build();
        uploaded.pipeInput(resumeId.toString(), event);
        return event;
    }

    void jobseeker(final UUID userId, final String name, final String desiredPosition) {
        final UUID profileId = UUID.randomUUID();
        jobseekers.pipeInput(
                profileId.toString(),
                JobseekerProfile.newBuilder()
                        .setId(profileId)
                        .setUserId(userId)
                        .setName(name)
                        .setDesiredPosition(desiredPosition)
                        .setDesiredSalaryMin(5000)
                        .setDesiredSalaryMax(7000)
                        .build());
    }

    Map<String, byte[]> storedObjects() {
        return objects.all();
    }

    @Override
    public void close() {
        driver.close();
    }
}
