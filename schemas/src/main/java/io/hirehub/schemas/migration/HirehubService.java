package io.hirehub.schemas.migration;

import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The seed's seven services, each owning one PostgreSQL schema (one database per service when
 * split) and one Flyway location. Declaration order is dependency order: every service only
 * refers (by id, never by foreign key across services) to services declared before it, so
 * {@link Migrations} applies them in this order.
 */
public enum HirehubService {
    USER("user", List.of("users", "jobseeker_profiles", "companies", "company_members"), null, null),
    JOB("job", List.of("jobs", "skill_tags", "job_skills"), "job_outbox", null),
    RESUME(
            "resume",
            List.of(
                    "resumes",
                    "resume_experiences",
                    "resume_skills",
                    "resume_educations",
                    "resume_embeddings",
                    "pii_masking_logs"),
            "resume_outbox",
            new EmbeddingTable("2", "resume_embeddings", "idx_resume_embeddings_vector")),
    APPLY("apply", List.of("applications", "application_events", "interviews"), "apply_outbox", null),
    MATCH("match", List.of("matches", "match_feedback"), "match_outbox", null),
    AI(
            "ai",
            List.of("ai_tasks", "job_embeddings"),
            "ai_outbox",
            new EmbeddingTable("2", "job_embeddings", "idx_job_embeddings_vector")),
    NOTIFICATION(
            "notification",
            List.of(
                    "notification_templates",
                    "notifications",
                    "notification_outbox",
                    "device_tokens",
                    "user_notification_settings"),
            null,
            null);

    /** The Flyway history table, one per service schema. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private final String shortName;
    private final List<String> seedTables;
    private final String outboxTable;
    private final EmbeddingTable embeddingTable;

    HirehubService(
            final String shortName,
            final List<String> seedTables,
            final String outboxTable,
            final EmbeddingTable embeddingTable) {
        this.shortName = shortName;
        this.seedTables = seedTables;
        this.outboxTable = outboxTable;
        this.embeddingTable = embeddingTable;
    }

    /** The short name used in schema, location and topic names: {@code user}, {@code job}, …. */
    public String shortName() {
        return shortName;
    }

    /** The seed's tables of this service, in the seed's order. */
    public List<String> seedTables() {
        return seedTables;
    }

    /**
     * The Debezium-routed outbox table ({@code <short>_outbox}) for services that emit seed event
     * topics; empty for user (emits none) and notification (its seed {@code notification_outbox}
     * is a polling outbox, listed in {@link #seedTables()}).
     */
    public Optional<String> outboxTable() {
        return Optional.ofNullable(outboxTable);
    }

    /** The table whose {@code embedding} column is vector(1536) or real[], if the service has one. */
    public Optional<EmbeddingTable> embeddingTable() {
        return Optional.ofNullable(embeddingTable);
    }

    /** Flyway location of the SQL migrations: {@code classpath:db/migration/<short>}. */
    public String location() {
        return "classpath:db/migration/" + shortName;
    }

    /** Java migrations that run between the SQL ones (the run-time embedding column decision). */
    public JavaMigration[] javaMigrations() {
        return embeddingTable == null
                ? new JavaMigration[0]
                : new JavaMigration[] {new EmbeddingColumnMigration(embeddingTable)};
    }

    /** Looks a service up by its short name, case-insensitively. */
    public static HirehubService fromShortName(final String shortName) {
        for (final HirehubService service : values()) {
            if (service.shortName.equalsIgnoreCase(shortName)) {
                return service;
            }
        }
        throw new IllegalArgumentException("Unknown service '" + shortName + "'; expected one of "
                + List.of(values()).stream().map(HirehubService::shortName).toList());
    }

    @Override
    public String toString() {
        return shortName;
    }

    /**
     * A table with an embedding column and the Flyway version of the Java migration deciding its type.
     *
     * @param migrationVersion Flyway version of the {@link EmbeddingColumnMigration}
     * @param table            table name
     * @param vectorIndex      the seed's ivfflat index, created only with pgvector
     */
    public record EmbeddingTable(String migrationVersion, String table, String vectorIndex) {}
}
