package io.hirehub.schemas.topics;

/**
 * Every topic name in one place. The seed's event topics keep their exact names; entity
 * changelogs are {@code hirehub.<service>.<table>}; derived topics are named after what they hold.
 */
public final class Topics {

    // The seed's nine event topics (outbox → Debezium outbox event router).
    public static final String RESUME_UPLOADED = "resume.uploaded";
    public static final String RESUME_PROCESSED = "resume.processed";
    public static final String JOB_CREATED = "job.created";
    public static final String JOB_UPDATED = "job.updated";
    public static final String MATCH_CALCULATED = "match.calculated";
    public static final String MATCH_RECOMMENDED = "match.recommended";
    public static final String APPLICATION_SUBMITTED = "application.submitted";
    public static final String APPLICATION_STATUS_CHANGED = "application.status_changed";
    public static final String INTERVIEW_SCHEDULED = "interview.scheduled";

    // Entity changelogs (CDC of the system of record), compacted, keyed by primary key.
    public static final String USERS = "hirehub.user.users";
    public static final String JOBSEEKER_PROFILES = "hirehub.user.jobseeker_profiles";
    public static final String COMPANIES = "hirehub.user.companies";
    public static final String COMPANY_MEMBERS = "hirehub.user.company_members";
    public static final String JOBS = "hirehub.job.jobs";
    public static final String SKILL_TAGS = "hirehub.job.skill_tags";
    public static final String JOB_SKILLS = "hirehub.job.job_skills";
    public static final String RESUMES = "hirehub.resume.resumes";
    public static final String APPLICATIONS = "hirehub.apply.applications";
    public static final String APPLICATION_EVENTS = "hirehub.apply.application_events";
    public static final String INTERVIEWS = "hirehub.apply.interviews";
    public static final String MATCH_FEEDBACK = "hirehub.match.match_feedback";
    public static final String NOTIFICATION_TEMPLATES = "hirehub.notification.notification_templates";
    public static final String USER_NOTIFICATION_SETTINGS = "hirehub.notification.user_notification_settings";
    public static final String DEVICE_TOKENS = "hirehub.notification.device_tokens";

    // Derived by the topologies.
    public static final String RESUME_PROFILES = "hirehub.resume.profiles";
    /** Resume pipeline results (ResumeAnalysisResult) keyed by resume_id, read by the PostgreSQL write-back. */
    public static final String RESUME_ANALYSIS_RESULTS = "hirehub.resume.analysis-results";

    public static final String JOB_PROFILES = "hirehub.job.profiles";
    public static final String MATCH_FEEDBACK_LABELLED = "hirehub.match.feedback-labelled";
    /** Current scored pairs (MatchDetail), key {job_id}:{resume_id}, tombstone = retracted; read by the write-back. */
    public static final String MATCHES = "hirehub.match.matches";

    // Dead letters.
    public static final String CDC_DLQ = "hirehub.cdc.dlq";
    public static final String RESUME_PIPELINE_DLQ = "hirehub.resume-pipeline.dlq";
    public static final String MATCHING_DLQ = "hirehub.matching.dlq";

    // Infrastructure.
    public static final String SCHEMAS = "_schemas";
    public static final String CDC_OFFSETS = "hirehub.cdc.offsets";
    public static final String CDC_HEARTBEAT = "hirehub.cdc.heartbeat";

    /** The Confluent subject naming strategy we use: {@code <topic>-value}. */
    public static String valueSubject(final String topic) {
        return topic + "-value";
    }

    private Topics() {}
}
