package io.hirehub.schemas.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarative topic plan: the single source for topic creation ({@code hirehub topics apply}),
 * the docs and the Helm chart. Topics that are joined share one partition count so they stay
 * co-partitioned (same key bytes, same partition).
 */
public final class TopicPlan {

    /** Partitions of every co-partitioned topic unless configured otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Planned replication; a smaller cluster (the embedded broker) gets what it can hold. */
    public static final short DEFAULT_REPLICATION = 3;

    public static final int DEFAULT_MIN_ISR = 2;
    public static final Duration EVENT_RETENTION = Duration.ofDays(7);
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    private final Map<String, TopicSpec> byName;

    private TopicPlan(final List<TopicSpec> specs) {
        final Map<String, TopicSpec> map = new LinkedHashMap<>();
        for (final TopicSpec spec : specs) {
            if (map.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("topic planned twice: " + spec.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The plan with the default partition count. */
    public static TopicPlan standard() {
        return withPartitions(DEFAULT_PARTITIONS);
    }

    /** The plan with {@code partitions} for every co-partitioned topic. */
    public static TopicPlan withPartitions(final int partitions) {
        final List<TopicSpec> specs = new ArrayList<>();
        event(specs, partitions, Topics.RESUME_UPLOADED, "A resume file was uploaded: {resume_id, user_id, file_url}.");
        event(
                specs,
                partitions,
                Topics.RESUME_PROCESSED,
                "A resume was analysed (or failed): {resume_id, user_id, status}.");
        event(specs, partitions, Topics.JOB_CREATED, "A job posting was created: {job_id, company_id}.");
        event(specs, partitions, Topics.JOB_UPDATED, "A job posting changed: {job_id, updated_fields}.");
        event(specs, partitions, Topics.MATCH_CALCULATED, "A job/resume pair was scored: {job_id, resume_id, scores}.");
        event(
                specs,
                partitions,
                Topics.MATCH_RECOMMENDED,
                "A job is recommended to a jobseeker: {user_id, job_id, score}.");
        event(
                specs,
                partitions,
                Topics.APPLICATION_SUBMITTED,
                "An application was submitted: {application_id, job_id, user_id}.");
        event(
                specs,
                partitions,
                Topics.APPLICATION_STATUS_CHANGED,
                "An application moved: {application_id, from_status, to_status}.");
        event(
                specs,
                partitions,
                Topics.INTERVIEW_SCHEDULED,
                "An interview was scheduled: {interview_id, application_id, scheduled_at}.");

        changelog(specs, partitions, Topics.USERS, "user-service users rows.");
        changelog(specs, partitions, Topics.JOBSEEKER_PROFILES, "user-service jobseeker_profiles rows.");
        changelog(specs, partitions, Topics.COMPANIES, "user-service companies rows.");
        changelog(specs, partitions, Topics.COMPANY_MEMBERS, "user-service company_members rows.");
        changelog(specs, partitions, Topics.JOBS, "job-service jobs rows.");
        changelog(specs, partitions, Topics.SKILL_TAGS, "job-service skill_tags rows (the skill master).");
        changelog(specs, partitions, Topics.JOB_SKILLS, "job-service job_skills rows, keyed {job_id}:{skill_id}.");
        changelog(specs, partitions, Topics.RESUMES, "resume-service resumes rows.");
        changelog(specs, partitions, Topics.APPLICATIONS, "apply-service applications rows.");
        changelog(
                specs, partitions, Topics.APPLICATION_EVENTS, "apply-service application_events rows (the event log).");
        changelog(specs, partitions, Topics.INTERVIEWS, "apply-service interviews rows.");
        changelog(specs, partitions, Topics.MATCH_FEEDBACK, "match-service match_feedback rows.");
        changelog(
                specs, partitions, Topics.NOTIFICATION_TEMPLATES, "notification-service notification_templates rows.");
        changelog(
                specs,
                partitions,
                Topics.USER_NOTIFICATION_SETTINGS,
                "notification-service user_notification_settings rows.");
        changelog(specs, partitions, Topics.DEVICE_TOKENS, "notification-service device_tokens rows.");

        derived(
                specs,
                partitions,
                Topics.RESUME_PROFILES,
                CleanupPolicy.COMPACT,
                "Resume profiles (skills, years, desired position/salary, embedding) keyed by resume_id.");
        derived(
                specs,
                partitions,
                Topics.RESUME_ANALYSIS_RESULTS,
                CleanupPolicy.DELETE,
                "Resume pipeline results (masked text, parse, rows, ai_tasks) keyed by resume_id, for the write-back.");
        derived(
                specs,
                partitions,
                Topics.JOB_PROFILES,
                CleanupPolicy.COMPACT,
                "Job profiles (job + skills + company, embedding) keyed by job_id.");
        derived(
                specs,
                partitions,
                Topics.MATCHES,
                CleanupPolicy.COMPACT,
                "Scored job/resume pairs (MatchDetail) keyed {job_id}:{resume_id}; tombstones retract.");
        derived(
                specs,
                partitions,
                Topics.MATCH_FEEDBACK_LABELLED,
                CleanupPolicy.DELETE,
                "Match feedback labels beside the match's scores, for training.");

        deadLetter(specs, partitions, Topics.CDC_DLQ, "CDC rows that could not be mapped to their Avro record.");
        deadLetter(
                specs, partitions, Topics.RESUME_PIPELINE_DLQ, "resume-pipeline records that could not be processed.");
        deadLetter(specs, partitions, Topics.MATCHING_DLQ, "matching records that could not be processed.");

        specs.add(new TopicSpec(
                Topics.SCHEMAS,
                TopicKind.INTERNAL,
                1,
                DEFAULT_REPLICATION,
                CleanupPolicy.COMPACT,
                Optional.empty(),
                DEFAULT_MIN_ISR,
                "The schema registry's log; ids survive restarts."));
        specs.add(new TopicSpec(
                Topics.CDC_OFFSETS,
                TopicKind.INTERNAL,
                1,
                DEFAULT_REPLICATION,
                CleanupPolicy.COMPACT,
                Optional.empty(),
                DEFAULT_MIN_ISR,
                "Debezium source offsets (the last captured LSN)."));
        specs.add(new TopicSpec(
                Topics.CDC_HEARTBEAT,
                TopicKind.INTERNAL,
                1,
                DEFAULT_REPLICATION,
                CleanupPolicy.DELETE,
                Optional.of(Duration.ofDays(1)),
                DEFAULT_MIN_ISR,
                "Debezium heartbeats that keep the slot's WAL bounded."));
        return new TopicPlan(specs);
    }

    public List<TopicSpec> topics() {
        return List.copyOf(byName.values());
    }

    public Optional<TopicSpec> find(final String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The spec of a planned topic. */
    public TopicSpec get(final String name) {
        final TopicSpec spec = byName.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("topic '" + name + "' is not in the topic plan");
        }
        return spec;
    }

    private static void event(final List<TopicSpec> specs, final int partitions, final String name, final String doc) {
        specs.add(new TopicSpec(
                name,
                TopicKind.EVENT,
                partitions,
                DEFAULT_REPLICATION,
                CleanupPolicy.DELETE,
                Optional.of(EVENT_RETENTION),
                DEFAULT_MIN_ISR,
                doc));
    }

    private static void changelog(
            final List<TopicSpec> specs, final int partitions, final String name, final String doc) {
        specs.add(new TopicSpec(
                name,
                TopicKind.ENTITY_CHANGELOG,
                partitions,
                DEFAULT_REPLICATION,
                CleanupPolicy.COMPACT,
                Optional.empty(),
                DEFAULT_MIN_ISR,
                doc));
    }

    private static void derived(
            final List<TopicSpec> specs,
            final int partitions,
            final String name,
            final CleanupPolicy policy,
            final String doc) {
        specs.add(new TopicSpec(
                name,
                TopicKind.DERIVED,
                partitions,
                DEFAULT_REPLICATION,
                policy,
                policy == CleanupPolicy.DELETE ? Optional.of(EVENT_RETENTION) : Optional.empty(),
                DEFAULT_MIN_ISR,
                doc));
    }

    private static void deadLetter(
            final List<TopicSpec> specs, final int partitions, final String name, final String doc) {
        specs.add(new TopicSpec(
                name,
                TopicKind.DEAD_LETTER,
                partitions,
                DEFAULT_REPLICATION,
                CleanupPolicy.DELETE,
                Optional.of(DEAD_LETTER_RETENTION),
                DEFAULT_MIN_ISR,
                doc));
    }
}
