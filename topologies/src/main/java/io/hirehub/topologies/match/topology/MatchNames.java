package io.hirehub.topologies.match.topology;

/**
 * Every name of the matching topology in one place: state stores (queryable through interactive
 * queries), processors and internal topics. Names are part of the contract with the changelogs
 * on the broker: renaming one orphans its state, so a golden test pins {@code describe()}. Pair
 * keys and the {@code matches.id} of a pair are {@link io.hirehub.schemas.keys.PairKey}'s.
 */
public final class MatchNames {

    /** Open job profiles held by every task (broadcast), job_id → ProfileCodec bytes. */
    public static final String JOB_PROFILES_STORE = "match-job-profiles";
    /** The task's resume shard, resume_id → ProfileCodec bytes. */
    public static final String RESUME_PROFILES_STORE = "match-resume-profiles";
    /** Pairs currently emitted by this shard, "{job_id}:{resume_id}" → PairState. */
    public static final String PAIRS_STORE = "match-pairs";
    /** Reverse index of {@link #PAIRS_STORE}, "{resume_id}:{job_id}" → user_id. */
    public static final String PAIRS_BY_RESUME_STORE = "match-pairs-by-resume";
    /** Score at which a pair was last recommended, "{job_id}:{resume_id}" → decimal text (hysteresis). */
    public static final String RECOMMENDED_MEMORY_STORE = "match-recommended-memory";
    /** Per-shard partial top-N, "{job_id}:{partition}" → ShardTop. */
    public static final String JOB_PARTIALS_STORE = "match-job-partials";
    /** Merged top-N per job (seed key match:job:{job_id}:top), job_id → RankedList. Queryable. */
    public static final String JOB_TOP_STORE = "match-job-top";
    /** Recommended jobs per user (seed key match:user:{user_id}:recommended), user_id → RankedList. Queryable. */
    public static final String USER_RECOMMENDED_STORE = "match-user-recommended";
    /** Match detail per "{job_id}:{resume_id}" (seed key match:detail:…), table over hirehub.match.matches. Queryable. */
    public static final String DETAIL_STORE = "match-detail";

    /** jobs rows by job_id (job-profile builder). */
    public static final String JOB_ROWS_STORE = "match-job-rows";
    /** job_skills rows, "{job_id}:{skill_id}" (job-profile builder). */
    public static final String JOB_SKILL_ROWS_STORE = "match-job-skill-rows";
    /** Last published job profile per job_id (to publish only scoring changes, reuse embeddings). */
    public static final String JOB_BUILT_STORE = "match-job-built";
    /** Hash of the text last embedded per job_id. */
    public static final String JOB_EMBEDDED_TEXT_STORE = "match-job-embedded-text";
    /** job_id → wall-clock ms of its last row change, until its profile is built (settle). */
    public static final String JOB_PENDING_STORE = "match-job-pending";
    /** Per job: the highest LSN of its rows (jobs, job_skills) applied, published with its profile. */
    public static final String JOB_POSITIONS_STORE = "match-job-positions";
    /** Global table of skill_tags by id. */
    public static final String SKILL_TAGS_STORE = "match-skill-tags";
    /** Global table of companies by id. */
    public static final String COMPANIES_STORE = "match-companies";
    /** Internal topic carrying jobs and job_skills row changes keyed by job_id. */
    public static final String JOB_CHANGES_BY_JOB = "match-job-changes-by-job";

    public static final String JOB_PROFILE_BUILDER = "job-profile-builder";

    /** Internal topic carrying every job profile to every partition (KIP-837 multicast). */
    public static final String JOB_BROADCAST = "match-job-broadcast";
    /** Internal topic re-keying per-shard partial tops by job_id. */
    public static final String PARTIAL_TOPS = "match-partial-tops";
    /** Internal topic re-keying recommendation updates by user_id. */
    public static final String USER_UPDATES = "match-user-updates";

    public static final String MATCHER = "matcher";
    public static final String TOP_MERGER = "top-merger";
    public static final String USER_RECOMMENDER = "user-recommender";

    private MatchNames() {}
}
