package io.hirehub.topologies.notify.topology;

/** Every store and processor name of the notifications topology, in one place (renames break state). */
public final class NotifyNames {

    // Global stores over the CDC changelogs, keyed by primary key.
    public static final String APPLICATIONS = "notify-applications";
    public static final String INTERVIEWS = "notify-interviews";
    public static final String JOBS = "notify-jobs";
    public static final String COMPANIES = "notify-companies";
    public static final String USERS = "notify-users";
    public static final String RESUMES = "notify-resumes";
    public static final String TEMPLATES = "notify-templates";
    // Global stores over the re-keyed index topics, keyed {foreign_key}:{id}.
    public static final String MEMBERS_BY_COMPANY = "notify-members-by-company";
    public static final String TOKENS_BY_USER = "notify-tokens-by-user";
    public static final String SETTINGS_BY_USER = "notify-settings-by-user";
    public static final String PROFILES_BY_USER = "notify-profiles-by-user";

    /** Local: event ids already turned into notifications (value: when, epoch ms). */
    public static final String SEEN_EVENTS = "notify-seen-events";
    /** Local: events waiting for a row (value: type + raw bytes + first seen). */
    public static final String WAITING_EVENTS = "notify-waiting-events";
    /** Suffix of the local stores that remember each row's last index key (to retract it). */
    public static final String INDEX_KEYS_SUFFIX = "-index-keys";

    public static final String NOTIFIER = "notifier";

    private NotifyNames() {}
}
