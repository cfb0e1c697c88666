package io.hirehub.schemas.topics;

import io.hirehub.avro.derived.ApplicationScore;
import io.hirehub.avro.derived.JobCounts;
import io.hirehub.avro.derived.JobProfile;
import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.ApplicationEvent;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.CompanyMember;
import io.hirehub.avro.entity.DeviceToken;
import io.hirehub.avro.entity.Interview;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobSkill;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.entity.MatchFeedback;
import io.hirehub.avro.entity.Notification;
import io.hirehub.avro.entity.NotificationTemplate;
import io.hirehub.avro.entity.Resume;
import io.hirehub.avro.entity.SkillTag;
import io.hirehub.avro.entity.User;
import io.hirehub.avro.entity.UserNotificationSettings;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.avro.event.JobCreated;
import io.hirehub.avro.event.JobUpdated;
import io.hirehub.avro.event.JobViewed;
import io.hirehub.avro.event.MatchCalculated;
import io.hirehub.avro.event.MatchRecommended;
import io.hirehub.avro.event.ResumeProcessed;
import io.hirehub.avro.event.ResumeUploaded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the plan, typed, in plan order. The seed's event topics keep their exact names;
 * entity changelogs are {@code hirehub.<service>.<table>}; derived topics are named after what they
 * hold. Declaring a topic here puts it in the plan ({@link TopicPlan}): there is no other list.
 */
public final class Topics {

    /** How long events and deletable derived records are kept. */
    static final Duration EVENT_RETENTION = Duration.ofDays(7);
    /** How long dead letters are kept: long enough to look at them after a holiday. */
    static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    // Declared before the topics: each declaration below appends to it, in plan order.
    private static final List<Topic<?, ?>> PLAN = new ArrayList<>();

    // The seed's nine event topics (outbox → Debezium outbox event router).
    public static final EventTopic<ResumeUploaded> RESUME_UPLOADED = event(
            "resume.uploaded",
            ResumeUploaded.class,
            "resume",
            "A resume file was uploaded: {resume_id, user_id, file_url}.");
    public static final EventTopic<ResumeProcessed> RESUME_PROCESSED = event(
            "resume.processed",
            ResumeProcessed.class,
            "resume",
            "A resume was analysed (or failed): {resume_id, user_id, status}.");
    public static final EventTopic<JobCreated> JOB_CREATED =
            event("job.created", JobCreated.class, "job", "A job posting was created: {job_id, company_id}.");
    public static final EventTopic<JobUpdated> JOB_UPDATED =
            event("job.updated", JobUpdated.class, "job", "A job posting changed: {job_id, updated_fields}.");
    public static final EventTopic<MatchCalculated> MATCH_CALCULATED = event(
            "match.calculated",
            MatchCalculated.class,
            "match",
            "A job/resume pair was scored: {job_id, resume_id, scores}.");
    public static final EventTopic<MatchRecommended> MATCH_RECOMMENDED = event(
            "match.recommended",
            MatchRecommended.class,
            "match",
            "A job is recommended to a jobseeker: {user_id, job_id, score}.");
    public static final EventTopic<ApplicationSubmitted> APPLICATION_SUBMITTED = event(
            "application.submitted",
            ApplicationSubmitted.class,
            "application",
            "An application was submitted: {application_id, job_id, user_id}.");
    public static final EventTopic<ApplicationStatusChanged> APPLICATION_STATUS_CHANGED = event(
            "application.status_changed",
            ApplicationStatusChanged.class,
            "application",
            "An application moved: {application_id, from_status, to_status}.");
    public static final EventTopic<InterviewScheduled> INTERVIEW_SCHEDULED = event(
            "interview.scheduled",
            InterviewScheduled.class,
            "interview",
            "An interview was scheduled: {interview_id, application_id, scheduled_at}.");

    /** Not a seed topic: the seed keeps jobs.views_count but names no event that counts it. */
    public static final EventTopic<JobViewed> JOB_VIEWED =
            event("job.viewed", JobViewed.class, "job", "A user viewed a job posting: {job_id, viewer_id}.");

    // Entity changelogs (CDC of the system of record), compacted, keyed by primary key.
    public static final ChangelogTopic<User> USERS =
            changelog("user_service", "users", User.class, "user-service users rows.");
    public static final ChangelogTopic<JobseekerProfile> JOBSEEKER_PROFILES = changelog(
            "user_service", "jobseeker_profiles", JobseekerProfile.class, "user-service jobseeker_profiles rows.");
    public static final ChangelogTopic<Company> COMPANIES =
            changelog("user_service", "companies", Company.class, "user-service companies rows.");
    public static final ChangelogTopic<CompanyMember> COMPANY_MEMBERS =
            changelog("user_service", "company_members", CompanyMember.class, "user-service company_members rows.");
    public static final ChangelogTopic<Job> JOBS =
            changelog("job_service", "jobs", Job.class, "job-service jobs rows.");
    public static final ChangelogTopic<SkillTag> SKILL_TAGS =
            changelog("job_service", "skill_tags", SkillTag.class, "job-service skill_tags rows (the skill master).");
    public static final ChangelogTopic<JobSkill> JOB_SKILLS = changelog(
            "job_service", "job_skills", JobSkill.class, "job-service job_skills rows, keyed {job_id}:{skill_id}.");
    public static final ChangelogTopic<Resume> RESUMES =
            changelog("resume_service", "resumes", Resume.class, "resume-service resumes rows.");
    public static final ChangelogTopic<Application> APPLICATIONS =
            changelog("apply_service", "applications", Application.class, "apply-service applications rows.");
    public static final ChangelogTopic<ApplicationEvent> APPLICATION_EVENTS = changelog(
            "apply_service",
            "application_events",
            ApplicationEvent.class,
            "apply-service application_events rows (the event log).");
    public static final ChangelogTopic<Interview> INTERVIEWS =
            changelog("apply_service", "interviews", Interview.class, "apply-service interviews rows.");
    public static final ChangelogTopic<MatchFeedback> MATCH_FEEDBACK =
            changelog("match_service", "match_feedback", MatchFeedback.class, "match-service match_feedback rows.");
    public static final ChangelogTopic<NotificationTemplate> NOTIFICATION_TEMPLATES = changelog(
            "notification_service",
            "notification_templates",
            NotificationTemplate.class,
            "notification-service notification_templates rows.");
    public static final ChangelogTopic<UserNotificationSettings> USER_NOTIFICATION_SETTINGS = changelog(
            "notification_service",
            "user_notification_settings",
            UserNotificationSettings.class,
            "notification-service user_notification_settings rows.");
    public static final ChangelogTopic<DeviceToken> DEVICE_TOKENS = changelog(
            "notification_service", "device_tokens", DeviceToken.class, "notification-service device_tokens rows.");

    // Derived by the topologies.
    public static final Topic<String, ResumeProfile> RESUME_PROFILES = derived(
            "hirehub.resume.profiles",
            ResumeProfile.class,
            CleanupPolicy.COMPACT,
            "Resume profiles (skills, years, desired position/salary, embedding) keyed by resume_id.");
    /** Resume pipeline results keyed by resume_id, read by the PostgreSQL write-back. */
    public static final Topic<String, ResumeAnalysisResult> RESUME_ANALYSIS_RESULTS = derived(
            "hirehub.resume.analysis-results",
            ResumeAnalysisResult.class,
            CleanupPolicy.DELETE,
            "Resume pipeline results (masked text, parse, rows, ai_tasks) keyed by resume_id, for the write-back.");

    public static final Topic<String, JobProfile> JOB_PROFILES = derived(
            "hirehub.job.profiles",
            JobProfile.class,
            CleanupPolicy.COMPACT,
            "Job profiles (job + skills + company, embedding) keyed by job_id.");
    /** Current scored pairs, key {job_id}:{resume_id} ({@code PairKey}), tombstone = retracted; read by the write-back. */
    public static final Topic<String, MatchDetail> MATCHES = derived(
            "hirehub.match.matches",
            MatchDetail.class,
            CleanupPolicy.COMPACT,
            "Scored job/resume pairs (MatchDetail) keyed {job_id}:{resume_id}; tombstones retract.");

    public static final Topic<String, MatchFeedbackLabelled> MATCH_FEEDBACK_LABELLED = derived(
            "hirehub.match.feedback-labelled",
            MatchFeedbackLabelled.class,
            CleanupPolicy.DELETE,
            "Match feedback labels beside the match's scores, for training.");

    /** A job's applies_count and views_count (absolute), keyed by job_id; read by the jobs write-back. */
    public static final Topic<String, JobCounts> JOB_COUNTS = derived(
            "hirehub.apply.job-counts",
            JobCounts.class,
            CleanupPolicy.COMPACT,
            "A job's applies_count and views_count keyed by job_id, for the write-back to jobs.");
    /** Match scores of applications scored after submission, keyed by application_id; read by the write-back. */
    public static final Topic<String, ApplicationScore> APPLICATION_SCORES = derived(
            "hirehub.apply.application-scores",
            ApplicationScore.class,
            CleanupPolicy.COMPACT,
            "match_score of applications whose pair was scored after submission, keyed by application_id.");
    // Derived by the notifications topology: entity rows re-keyed {foreign_key}:{id} so that one prefix
    // scan of a global store finds a company's members or a user's tokens, settings and profile.
    public static final Topic<String, CompanyMember> NOTIFY_MEMBERS_BY_COMPANY = derived(
            "hirehub.notify.members-by-company",
            CompanyMember.class,
            CleanupPolicy.COMPACT,
            "company_members rows keyed {company_id}:{id}, for the notifications topology's recipients.");
    public static final Topic<String, DeviceToken> NOTIFY_TOKENS_BY_USER = derived(
            "hirehub.notify.device-tokens-by-user",
            DeviceToken.class,
            CleanupPolicy.COMPACT,
            "device_tokens rows keyed {user_id}:{id}, for push notifications.");
    public static final Topic<String, UserNotificationSettings> NOTIFY_SETTINGS_BY_USER = derived(
            "hirehub.notify.settings-by-user",
            UserNotificationSettings.class,
            CleanupPolicy.COMPACT,
            "user_notification_settings rows keyed {user_id}:{id}, the notification preferences.");
    public static final Topic<String, JobseekerProfile> NOTIFY_PROFILES_BY_USER = derived(
            "hirehub.notify.profiles-by-user",
            JobseekerProfile.class,
            CleanupPolicy.COMPACT,
            "jobseeker_profiles rows keyed {user_id}:{id}, for applicant names and phone numbers.");
    /** Rendered notifications keyed by their deterministic id, read by the notifications write-back. */
    public static final Topic<String, Notification> NOTIFICATIONS = derived(
            "hirehub.notify.notifications",
            Notification.class,
            CleanupPolicy.DELETE,
            "Rendered notifications (one per event, recipient and channel) keyed by id, for the write-back.");

    // Dead letters: the original key and bytes, the reason in DeadLetterHeaders.
    public static final Topic<String, byte[]> CDC_DLQ =
            deadLetter("hirehub.cdc.dlq", "CDC rows that could not be mapped to their Avro record.");
    public static final Topic<String, byte[]> RESUME_PIPELINE_DLQ =
            deadLetter("hirehub.resume-pipeline.dlq", "resume-pipeline records that could not be processed.");
    public static final Topic<String, byte[]> MATCHING_DLQ =
            deadLetter("hirehub.matching.dlq", "matching records that could not be processed.");
    public static final Topic<String, byte[]> APPLICATIONS_DLQ = deadLetter(
            "hirehub.applications.dlq",
            "applications records that could not be processed, and impossible status sequences.");
    public static final Topic<String, byte[]> NOTIFICATIONS_DLQ =
            deadLetter("hirehub.notifications.dlq", "notifications records that could not be processed or resolved.");

    // Infrastructure: one partition each, written and read by the engines themselves.
    public static final Topic<byte[], byte[]> SCHEMAS = internal(
            "_schemas", CleanupPolicy.COMPACT, Optional.empty(), "The schema registry's log; ids survive restarts.");
    public static final Topic<byte[], byte[]> CDC_OFFSETS = internal(
            "hirehub.cdc.offsets",
            CleanupPolicy.COMPACT,
            Optional.empty(),
            "Debezium source offsets (the last captured LSN).");
    public static final Topic<byte[], byte[]> CDC_HEARTBEAT = internal(
            "hirehub.cdc.heartbeat",
            CleanupPolicy.DELETE,
            Optional.of(Duration.ofDays(1)),
            "Debezium heartbeats that keep the slot's WAL bounded.");

    private static final List<Topic<?, ?>> ALL = List.copyOf(PLAN);

    private Topics() {}

    /** Every topic of the plan, in plan order. */
    public static List<Topic<?, ?>> all() {
        return ALL;
    }

    /** The entity changelogs, in plan order: the tables CDC captures for the topologies. */
    public static List<ChangelogTopic<?>> changelogs() {
        final List<ChangelogTopic<?>> out = new ArrayList<>();
        for (final Topic<?, ?> topic : ALL) {
            if (topic instanceof ChangelogTopic<?> changelog) {
                out.add(changelog);
            }
        }
        return out;
    }

    /** The topic called {@code name}, if it is planned. */
    public static Optional<Topic<?, ?>> find(final String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The Confluent subject naming strategy we use: {@code <topic>-value}. */
    public static String valueSubject(final String topic) {
        return topic + "-value";
    }

    private static <T extends Topic<?, ?>> T plan(final T topic) {
        if (PLAN.contains(topic)) {
            throw new IllegalStateException("topic planned twice: " + topic.name());
        }
        PLAN.add(topic);
        return topic;
    }

    private static <V extends SpecificRecord> EventTopic<V> event(
            final String name, final Class<V> type, final String aggregateType, final String description) {
        return plan(new EventTopic<>(name, type, aggregateType, EVENT_RETENTION, description));
    }

    private static <V extends SpecificRecord> ChangelogTopic<V> changelog(
            final String schema, final String table, final Class<V> type, final String description) {
        return plan(new ChangelogTopic<>(schema, table, type, description));
    }

    private static <V extends SpecificRecord> Topic<String, V> derived(
            final String name, final Class<V> type, final CleanupPolicy policy, final String description) {
        final Optional<Duration> retention =
                policy == CleanupPolicy.DELETE ? Optional.of(EVENT_RETENTION) : Optional.empty();
        return plan(new Topic<>(name, TopicKind.DERIVED, policy, retention, true, description, Serdes.String(), type));
    }

    private static Topic<String, byte[]> deadLetter(final String name, final String description) {
        return plan(new Topic<>(
                name,
                TopicKind.DEAD_LETTER,
                CleanupPolicy.DELETE,
                Optional.of(DEAD_LETTER_RETENTION),
                true,
                description,
                Serdes.String(),
                byte[].class));
    }

    private static Topic<byte[], byte[]> internal(
            final String name,
            final CleanupPolicy policy,
            final Optional<Duration> retention,
            final String description) {
        return plan(new Topic<>(
                name, TopicKind.INTERNAL, policy, retention, false, description, Serdes.ByteArray(), byte[].class));
    }
}
