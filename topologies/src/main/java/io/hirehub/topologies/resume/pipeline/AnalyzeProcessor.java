package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.ResumeAnalysisException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resume.uploaded (keyed by user_id after the repartition) in, one outcome keyed by resume_id
 * out: fetch the original, analyse it with the owner's name for masking, store {@code masked.txt}
 * and {@code parsed.json}, build the write-back result and the profile. Any failure becomes a
 * result with status error, except an unavailable object store ({@link ObjectStoreUnavailableException}),
 * which aborts the transaction so the upload is analysed again once the store answers; an event id
 * seen before produces nothing.
 */
final class AnalyzeProcessor implements Processor<String, ResumeUploaded, String, PipelineOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeProcessor.class);

    /**
     * How long an answered event id is remembered. Duplicates come from at-least-once CDC delivery
     * (a runner restart or fail-over replays minutes, at most the slot's retained WAL), so two weeks is
     * ample, and the store stops growing with every upload ever made.
     */
    static final Duration PROCESSED_EVENT_RETENTION = Duration.ofDays(14);

    private static final Duration RETENTION_SWEEP = Duration.ofHours(1);

    private final ResumePipelinePorts ports;
    private ProcessorContext<String, PipelineOutcome> context;
    private KeyValueStore<String, Long> processedEvents;
    private KeyValueStore<String, ValueAndTimestamp<JobseekerProfile>> jobseekers;

    AnalyzeProcessor(final ResumePipelinePorts ports) {
        this.ports = ports;
    }

    @Override
    public void init(final ProcessorContext<String, PipelineOutcome> context) {
        this.context = context;
        this.processedEvents = context.getStateStore(ResumePipelineNames.PROCESSED_EVENTS_STORE);
        this.jobseekers = context.getStateStore(ResumePipelineNames.JOBSEEKERS_BY_USER_STORE);
        context.schedule(RETENTION_SWEEP, PunctuationType.WALL_CLOCK_TIME, this::forgetOldEventIds);
    }

    private void forgetOldEventIds(final long nowMs) {
        final long cutoff = nowMs - PROCESSED_EVENT_RETENTION.toMillis();
        final List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = processedEvents.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value < cutoff) {
                    old.add(kv.key);
                }
            });
        }
        old.forEach(processedEvents::delete);
        if (!old.isEmpty()) {
            LOG.info(
                    "forgot {} answered resume.uploaded event ids older than {}",
                    old.size(),
                    PROCESSED_EVENT_RETENTION);
        }
    }

    @Override
    public void process(final Record<String, ResumeUploaded> record) {
        final ResumeUploaded event = record.value();
        final String eventId = event.getEventId().toString();
        if (processedEvents.get(eventId) != null) {
            LOG.debug("resume.uploaded {} for resume {} already answered; dropped", eventId, event.getResumeId());
            return;
        }
        final long start = System.nanoTime();
        final PipelineOutcome outcome = analyse(event, start);
        processedEvents.put(eventId, context.currentSystemTimeMs());
        final ResumeAnalysisResult result = outcome.result();
        LOG.info(
                "resume {} analysed: status {} in {} ms{}",
                event.getResumeId(),
                result.getStatus(),
                (System.nanoTime() - start) / 1_000_000,
                result.getErrorMessage() == null ? "" : " (" + result.getErrorMessage() + ")");
        context.forward(new Record<>(event.getResumeId().toString(), outcome, record.timestamp(), record.headers()));
    }

    private PipelineOutcome analyse(final ResumeUploaded event, final long start) {
        final S3Location original;
        try {
            original = S3Location.parse(event.getFileUrl());
        } catch (final IllegalArgumentException e) {
            return failed(event, AiTaskType.PARSING, "unreadable_location: " + e.getMessage(), start);
        }
        final Optional<byte[]> file;
        try {
            file = ports.objects().get(original.bucket(), original.key());
        } catch (final ObjectStoreUnavailableException e) {
            throw e;
        } catch (final RuntimeException e) {
            return failed(
                    event,
                    AiTaskType.PARSING,
                    "object_store_failed: cannot read " + original + " ("
                            + e.getClass().getSimpleName() + ")",
                    start);
        }
        if (file.isEmpty()) {
            return failed(event, AiTaskType.PARSING, "object_missing: no object at " + original, start);
        }
        final JobseekerProfile jobseeker = jobseeker(event);
        final Optional<String> accountName = Optional.ofNullable(jobseeker == null ? null : jobseeker.getName())
                .filter(n -> !n.isBlank());
        final ResumeAnalysis analysis;
        try {
            analysis = ports.analyzer().analyze(file.get(), original.fileName(), accountName);
        } catch (final ResumeAnalysisException e) {
            return failed(event, e.taskType(), e.errorMessage(), start);
        }
        final String prefix = "processed/" + event.getUserId() + "/" + event.getResumeId() + "/";
        final ResumeAnalysisResult result = AnalysisResults.success(event, analysis, now());
        try {
            ports.objects()
                    .put(
                            original.bucket(),
                            prefix + "masked.txt",
                            analysis.maskedText().getBytes(StandardCharsets.UTF_8),
                            "text/plain");
            ports.objects()
                    .put(
                            original.bucket(),
                            prefix + "parsed.json",
                            result.getParsedContent().getBytes(StandardCharsets.UTF_8),
                            "application/json");
        } catch (final ObjectStoreUnavailableException e) {
            throw e;
        } catch (final RuntimeException e) {
            return failed(
                    event,
                    AiTaskType.PARSING,
                    "object_store_failed: cannot write s3://" + original.bucket() + "/" + prefix + " ("
                            + e.getClass().getSimpleName() + ")",
                    start);
        }
        return new PipelineOutcome(result, ResumeProfiles.of(event, analysis, jobseeker, now()));
    }

    private JobseekerProfile jobseeker(final ResumeUploaded event) {
        final ValueAndTimestamp<JobseekerProfile> found =
                jobseekers.get(event.getUserId().toString());
        return found == null ? null : found.value();
    }

    private PipelineOutcome failed(
            final ResumeUploaded event, final AiTaskType task, final String message, final long start) {
        final long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        return new PipelineOutcome(AnalysisResults.failure(event, task, message, elapsedMs, now()), null);
    }

    private Instant now() {
        return ports.clock().instant();
    }
}
