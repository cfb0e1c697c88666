package io.hirehub.topologies.resume.pipeline;

/**
 * Every source, processor, repartition topic and store name of the resume pipeline, in one place so
 * that the topology's internal topics and state directories keep their names across releases.
 */
public final class ResumePipelineNames {

    public static final String UPLOADED_SOURCE = "resume-uploaded-source";
    public static final String DECODE = "resume-uploaded-decode";
    public static final String SPLIT = "resume-uploaded-split";
    public static final String DECODED_BRANCH = "-decoded";
    public static final String UNREADABLE_BRANCH = "-unreadable";
    public static final String DLQ_HEADERS = "resume-uploaded-dlq-headers";
    public static final String DLQ_SINK = "resume-uploaded-dlq-sink";
    public static final String BY_USER = "resume-uploaded-by-user";
    public static final String BY_USER_REPARTITION = "resume-uploaded-by-user";
    public static final String ANALYZE = "resume-analyze";
    public static final String RESULT_VALUES = "resume-analysis-result-values";
    public static final String RESULT_SINK = "resume-analysis-result-sink";
    public static final String PROFILE_FILTER = "resume-profile-filter";
    public static final String PROFILE_VALUES = "resume-profile-values";
    public static final String PROFILE_SINK = "resume-profile-sink";

    public static final String JOBSEEKERS_SOURCE = "jobseeker-profiles-source";
    public static final String JOBSEEKERS_TABLE = "jobseeker-profiles-table";
    public static final String JOBSEEKERS_WITH_USER = "jobseeker-profiles-with-user";
    public static final String JOBSEEKERS_BY_USER = "jobseeker-profiles-by-user";
    public static final String JOBSEEKERS_BY_USER_STORE = "jobseeker-profiles-by-user-store";
    public static final String JOBSEEKERS_REDUCE = "jobseeker-profiles-reduce";

    public static final String RESUMES_SOURCE = "resumes-changelog-source";
    public static final String RESUME_DELETES = "resumes-deleted-filter";
    public static final String PROFILE_TOMBSTONES = "resume-profile-tombstones";
    public static final String PROFILE_TOMBSTONE_SINK = "resume-profile-tombstone-sink";

    /** Global store of skill_tags by id; it keeps the analyzer's skill vocabulary current. */
    public static final String SKILL_TAGS_STORE = "resume-skill-tags";

    /** The global store's update processor (its source is this name + {@code -source}). */
    public static final String SKILL_TAGS_VOCABULARY = "resume-skill-tags-vocabulary";

    /** Event ids already answered (at-least-once CDC delivers some events twice). */
    public static final String PROCESSED_EVENTS_STORE = "resume-processed-event-ids";

    private ResumePipelineNames() {}
}
