package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hirehub.launcher.stack.DatabaseSetup;
import io.hirehub.schemas.migration.EmbeddingColumnType;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.migration.ServiceMigrationResult;

/** The embedded stack's PostgreSQL 17, migrated at start-up, holds every seed table and index. */
class MigrationsIT {

    /** The seed's indexes, except the two ivfflat ones that exist only with pgvector. */
    private static final List<String> SEED_INDEXES = List.of(
            "user_service.idx_users_cognito_sub", "user_service.idx_users_email", "user_service.idx_users_user_type",
            "user_service.idx_jobseeker_profiles_user_id", "user_service.idx_company_members_company_id",
            "job_service.idx_jobs_company_id", "job_service.idx_jobs_status", "job_service.idx_jobs_posted_at",
            "job_service.idx_jobs_location", "job_service.idx_skill_tags_category",
            "resume_service.idx_resumes_user_id", "resume_service.idx_resumes_status",
            "resume_service.idx_resume_experiences_resume_id", "resume_service.idx_resume_skills_resume_id",
            "resume_service.idx_resume_skills_skill_name",
            "apply_service.idx_applications_job_id", "apply_service.idx_applications_user_id",
            "apply_service.idx_applications_status", "apply_service.idx_applications_applied_at",
            "apply_service.idx_application_events_application_id", "apply_service.idx_application_events_created_at",
            "apply_service.idx_interviews_application_id", "apply_service.idx_interviews_scheduled_at",
            "match_service.idx_matches_job_id", "match_service.idx_matches_user_id",
            "match_service.idx_matches_overall_score", "match_service.idx_matches_is_recommended",
            "ai_service.idx_ai_tasks_source", "ai_service.idx_ai_tasks_status", "ai_service.idx_ai_tasks_created_at",
            "notification_service.idx_notifications_user_id", "notification_service.idx_notifications_status",
            "notification_service.idx_notifications_created_at", "notification_service.idx_notification_outbox_status",
            "notification_service.idx_device_tokens_user_id");

    private final SharedStack stack = SharedStack.get();

    @Test
    void shouldHoldAllTwentyFiveSeedTablesAndTheOutboxesInTheirServiceSchemas() throws SQLException {
        final List<String> tables = column("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_schema LIKE '%\\_service'");
        final List<String> expected = new ArrayList<>();
        for (final HirehubService service : HirehubService.values()) {
            service.seedTables().forEach(t -> expected.add(service.shortName() + "_service." + t));
        }
        assertThat(expected).hasSize(25);
        assertThat(tables).containsAll(expected).contains("job_service.job_outbox", "resume_service.resume_outbox",
                "apply_service.apply_outbox", "match_service.match_outbox", "ai_service.ai_outbox");
    }

    @Test
    void shouldHoldEverySeedIndexAndTheTemplates() throws SQLException {
        assertThat(column("SELECT schemaname || '.' || indexname FROM pg_indexes WHERE schemaname LIKE '%\\_service'"))
                .containsAll(SEED_INDEXES);
        assertThat(column("SELECT name FROM notification_service.notification_templates ORDER BY name"))
                .contains("application_submitted_email", "interview_scheduled_email", "status_changed_push");
    }

    @Test
    void shouldApplyNothingWhenMigratedAgainAndKeepEmbeddingsAsRealArrays() {
        final List<ServiceMigrationResult> again = new Migrations(
                DatabaseSetup.migrationSettings(stack.endpoints().jdbc(), stack.settings().postgres())).migrate();

        assertThat(again).extracting(ServiceMigrationResult::migrationsApplied).containsOnly(0);
        assertThat(again).filteredOn(r -> r.service() == HirehubService.RESUME || r.service() == HirehubService.AI)
                .extracting(ServiceMigrationResult::embeddingColumnType)
                .containsOnly(Optional.of(EmbeddingColumnType.REAL_ARRAY));
    }

    private List<String> column(final String sql) throws SQLException {
        final List<String> values = new ArrayList<>();
        try (Connection c = stack.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
