package io.hirehub.schemas.migration;

import java.util.List;
import java.util.Map;

/** The seed's index names per service, copied from ../shared/seed/hirehub-database-schema.md. */
public final class SeedCatalog {

    public static final Map<String, List<String>> INDEXES = Map.of(
            "user",
                    List.of(
                            "idx_users_cognito_sub",
                            "idx_users_email",
                            "idx_users_user_type",
                            "idx_jobseeker_profiles_user_id",
                            "idx_company_members_company_id"),
            "job",
                    List.of(
                            "idx_jobs_company_id",
                            "idx_jobs_status",
                            "idx_jobs_posted_at",
                            "idx_jobs_location",
                            "idx_skill_tags_category"),
            "resume",
                    List.of(
                            "idx_resumes_user_id",
                            "idx_resumes_status",
                            "idx_resume_experiences_resume_id",
                            "idx_resume_skills_resume_id",
                            "idx_resume_skills_skill_name",
                            "idx_resume_embeddings_vector"),
            "apply",
                    List.of(
                            "idx_applications_job_id",
                            "idx_applications_user_id",
                            "idx_applications_status",
                            "idx_applications_applied_at",
                            "idx_application_events_application_id",
                            "idx_application_events_created_at",
                            "idx_interviews_application_id",
                            "idx_interviews_scheduled_at"),
            "match",
                    List.of(
                            "idx_matches_job_id",
                            "idx_matches_user_id",
                            "idx_matches_overall_score",
                            "idx_matches_is_recommended"),
            "ai",
                    List.of(
                            "idx_ai_tasks_source",
                            "idx_ai_tasks_status",
                            "idx_ai_tasks_created_at",
                            "idx_job_embeddings_vector"),
            "notification",
                    List.of(
                            "idx_notifications_user_id",
                            "idx_notifications_status",
                            "idx_notifications_created_at",
                            "idx_notification_outbox_status",
                            "idx_device_tokens_user_id"));

    /** The pgvector-only ivfflat indexes. */
    public static final List<String> VECTOR_INDEXES =
            List.of("idx_resume_embeddings_vector", "idx_job_embeddings_vector");

    public static final List<String> OUTBOX_COLUMNS =
            List.of("id", "aggregate_type", "aggregate_id", "event_type", "payload", "created_at");

    private SeedCatalog() {}
}
