package io.hirehub.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The migrations on a real PostgreSQL 17 (zonky binaries, no pgvector), started once for the class. */
class MigrationsPostgresTest {

    private static final String USER = "postgres";

    private static EmbeddedPostgres postgres;
    private static MigrationSettings settings;
    private static List<ServiceMigrationResult> firstRun;
    private static final ListAppender<ILoggingEvent> EMBEDDING_LOG = new ListAppender<>();
    private static List<String> firstRunEmbeddingLog;

    @BeforeAll
    static void startPostgresAndMigrate() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        settings = MigrationSettings.of(postgres.getJdbcUrl(USER, "postgres"), USER, "");
        EMBEDDING_LOG.start();
        ((Logger) LoggerFactory.getLogger(EmbeddingColumnMigration.class)).addAppender(EMBEDDING_LOG);
        firstRun = new Migrations(settings).migrate();
        firstRunEmbeddingLog = EMBEDDING_LOG.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ((Logger) LoggerFactory.getLogger(EmbeddingColumnMigration.class)).detachAppender(EMBEDDING_LOG);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldMigrateEveryServiceInDependencyOrder() {
        assertThat(firstRun).extracting(ServiceMigrationResult::service).containsExactly(HirehubService.values());
        assertThat(firstRun).extracting(ServiceMigrationResult::schema).containsExactly("user_service", "job_service",
                "resume_service", "apply_service", "match_service", "ai_service", "notification_service");
        // Versions per service: our SQL files, the Java embedding migration, and other modules' V100+ files.
        final SqlDdl ddl = SqlDdl.load();
        for (final ServiceMigrationResult result : firstRun) {
            final HirehubService service = result.service();
            final List<Integer> versions = new ArrayList<>(ddl.files().keySet().stream()
                    .filter(f -> f.startsWith(service.shortName() + "/")).map(SqlDdl::version).toList());
            service.embeddingTable().ifPresent(t -> versions.add(Integer.parseInt(t.migrationVersion())));
            assertThat(result.migrationsApplied()).as(service.shortName()).isEqualTo(versions.size());
            assertThat(result.currentVersion()).as(service.shortName())
                    .isEqualTo(String.valueOf(versions.stream().mapToInt(Integer::intValue).max().orElseThrow()));
        }
        assertThat(firstRun).filteredOn(r -> r.service() == HirehubService.USER).singleElement()
                .satisfies(r -> assertThat(r.currentVersion()).isEqualTo("1"));
    }

    @Test
    void shouldCreateAllTwentyFiveSeedTablesAndTheOutboxesInTheirServiceSchemas() throws SQLException {
        final Map<String, Set<String>> tables = rowsBySchema(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema LIKE '%\\_service'"
                        + " AND table_name <> 'flyway_schema_history'");
        final SqlDdl all = SqlDdl.load();
        int seedTables = 0;
        for (final HirehubService service : HirehubService.values()) {
            final Set<String> expected = new TreeSet<>(service.seedTables());
            service.outboxTable().ifPresent(expected::add);
            final Set<String> actual = tables.get(service.shortName() + "_service");
            assertThat(actual).as(service.shortName()).containsAll(expected);
            // Anything else comes from another module's infrastructure migration (V100+), e.g. the CDC heartbeat.
            all.tables().stream().filter(t -> t.service().equals(service.shortName())).map(SqlDdl.Table::name)
                    .forEach(expected::add);
            assertThat(actual).as(service.shortName()).isEqualTo(expected);
            seedTables += service.seedTables().size();
        }
        assertThat(seedTables).isEqualTo(25);
    }

    @Test
    void shouldCreateEverySeedIndexInItsServiceSchemaButTheIvfflatOnesWithoutPgvector() throws SQLException {
        final Map<String, Set<String>> indexes = rowsBySchema(
                "SELECT schemaname, indexname FROM pg_indexes WHERE schemaname LIKE '%\\_service'");
        SeedCatalog.INDEXES.forEach((service, names) -> {
            final Set<String> inSchema = indexes.get(service + "_service");
            names.stream().filter(n -> !SeedCatalog.VECTOR_INDEXES.contains(n))
                    .forEach(n -> assertThat(inSchema).as(service).contains(n));
            assertThat(inSchema).as(service).doesNotContainAnyElementsOf(SeedCatalog.VECTOR_INDEXES);
        });
    }

    @Test
    void shouldMatchTheColumnsDeclaredInTheSqlFiles() throws SQLException {
        final SqlDdl ddl = SqlDdl.load();
        for (final SqlDdl.Table table : ddl.contractOnly().tables()) {
            final List<SqlDdl.Column> actual = new ArrayList<>();
            query("SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = '"
                    + table.service() + "_service' AND table_name = '" + table.name() + "' ORDER BY ordinal_position",
                    rs -> actual.add(new SqlDdl.Column(rs.getString(1), "", "YES".equals(rs.getString(2)))));
            assertThat(actual).as(table.name()).containsExactlyElementsOf(
                    table.columns().stream().map(c -> new SqlDdl.Column(c.name(), "", c.nullable())).toList());
        }
    }

    @Test
    void shouldInsertTheThreeSeedNotificationTemplates() throws SQLException {
        final List<String> rows = new ArrayList<>();
        query("SELECT name, event_type, channel, is_active, body_template FROM notification_service.notification_templates"
                + " ORDER BY name", rs -> rows.add(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3) + '|'
                + rs.getBoolean(4)));
        assertThat(rows).containsExactly(
                "application_submitted_email|application.submitted|email|true",
                "interview_scheduled_email|interview.scheduled|email|true",
                "status_changed_push|application.status_changed|push|true");
        final List<String> bodies = new ArrayList<>();
        query("SELECT body_template FROM notification_service.notification_templates WHERE name = 'application_submitted_email'",
                rs -> bodies.add(rs.getString(1)));
        assertThat(bodies.get(0)).contains("포지션에 지원했습니다.\n\n매칭 점수: {{match_score}}점").doesNotContain("\\n");
    }

    @Test
    void shouldDoNothingWhenRunAgain() throws SQLException {
        final long historyRowsBefore = historyRows();
        final List<ServiceMigrationResult> again = new Migrations(settings).migrate();
        assertThat(again).extracting(ServiceMigrationResult::migrationsApplied).containsOnly(0);
        assertThat(again).extracting(ServiceMigrationResult::currentVersion)
                .containsExactlyElementsOf(firstRun.stream().map(ServiceMigrationResult::currentVersion).toList());
        assertThat(historyRows()).isEqualTo(historyRowsBefore);
    }

    @Test
    void shouldKeepEmbeddingsAsRealArraysAndSayWhyInTheLog() throws SQLException {
        assertThat(firstRun).filteredOn(r -> r.service() == HirehubService.RESUME || r.service() == HirehubService.AI)
                .extracting(ServiceMigrationResult::embeddingColumnType)
                .containsOnly(Optional.of(EmbeddingColumnType.REAL_ARRAY));
        assertThat(firstRun).filteredOn(r -> r.service() != HirehubService.RESUME && r.service() != HirehubService.AI)
                .extracting(ServiceMigrationResult::embeddingColumnType).containsOnly(Optional.empty());
        final List<String> types = new ArrayList<>();
        query("SELECT table_name, udt_name FROM information_schema.columns WHERE column_name = 'embedding'"
                + " ORDER BY table_name", rs -> types.add(rs.getString(1) + ':' + rs.getString(2)));
        assertThat(types).containsExactly("job_embeddings:_float4", "resume_embeddings:_float4");
        assertThat(firstRunEmbeddingLog).containsExactly(
                "pgvector is not available (not in pg_available_extensions): resume_service.resume_embeddings.embedding"
                        + " stays real[], no idx_resume_embeddings_vector index",
                "pgvector is not available (not in pg_available_extensions): ai_service.job_embeddings.embedding"
                        + " stays real[], no idx_job_embeddings_vector index");
    }

    @Test
    void shouldApplyTheSeedDefaultsAndTheOutboxTopicCheck() throws SQLException {
        try (Connection c = connection("postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("INSERT INTO job_service.jobs (company_id, title) VALUES"
                    + " (gen_random_uuid(), 'Backend') RETURNING id, status, views_count, applies_count, created_at")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isNotNull();
                assertThat(rs.getString(2)).isEqualTo("draft");
                assertThat(rs.getInt(3)).isZero();
                assertThat(rs.getTimestamp(5)).isNotNull();
            }
            s.execute("INSERT INTO ai_service.job_embeddings (job_id, embedding) VALUES (gen_random_uuid(), ARRAY[0.1, 0.2]::real[])");
            s.execute("INSERT INTO job_service.job_outbox (aggregate_type, aggregate_id, event_type, payload)"
                    + " VALUES ('job', 'a', 'job.created', '\\x00'::bytea)");
            assertThatThrownBy(() -> s.execute("INSERT INTO job_service.job_outbox (aggregate_type, aggregate_id,"
                    + " event_type, payload) VALUES ('job', 'a', 'resume.uploaded', '\\x00'::bytea)"))
                    .hasMessageContaining("ck_job_outbox_event_type");
        }
    }

    @Test
    void shouldMigrateAServiceIntoItsOwnDatabaseWhenSplit() throws SQLException {
        try (Connection c = connection("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE hirehub_resume");
        }
        final MigrationSettings split = settings.withJdbcUrlOverride(HirehubService.RESUME,
                postgres.getJdbcUrl(USER, "hirehub_resume"));
        final Migrations migrations = new Migrations(split);
        assertThat(migrations.plan()).filteredOn(t -> t.service() == HirehubService.RESUME).singleElement()
                .satisfies(t -> assertThat(t.jdbcUrl()).contains("/hirehub_resume").doesNotContain("user="));

        final ServiceMigrationResult result = migrations.migrate(HirehubService.RESUME);

        assertThat(result.migrationsApplied()).isEqualTo(3);
        final List<String> tables = new ArrayList<>();
        try (Connection c = connection("hirehub_resume"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                     + " 'resume_service' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("flyway_schema_history", "pii_masking_logs", "resume_educations",
                "resume_embeddings", "resume_experiences", "resume_outbox", "resume_skills", "resumes");
    }

    @Test
    void shouldNameTheFailingServiceAndStopThere() throws SQLException {
        try (Connection c = connection("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE broken");
        }
        try (Connection c = connection("broken"); Statement s = c.createStatement()) {
            // A hand-made job_service schema that Flyway refuses to adopt.
            s.execute("CREATE SCHEMA job_service");
            s.execute("CREATE TABLE job_service.jobs (id int)");
        }
        final String url = postgres.getJdbcUrl(USER, "broken");
        final Migrations migrations = new Migrations(MigrationSettings.of(url, USER, ""));

        assertThatThrownBy(migrations::migrate)
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.service()).isEqualTo(HirehubService.JOB))
                .hasMessageStartingWith("Migrating service job (schema job_service at " + MigrationSettings.redact(url) + ") failed: ")
                .hasMessageContaining("non-empty schema");
        final List<String> schemas = new ArrayList<>();
        try (Connection c = connection("broken"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '%\\_service' ORDER BY 1")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        assertThat(schemas).containsExactly("job_service", "user_service");
    }

    private static long historyRows() throws SQLException {
        long rows = 0;
        try (Connection c = connection("postgres"); Statement s = c.createStatement()) {
            for (final HirehubService service : HirehubService.values()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + service.shortName() + "_service."
                        + HirehubService.HISTORY_TABLE)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
        }
        return rows;
    }

    private static Map<String, Set<String>> rowsBySchema(final String sql) throws SQLException {
        final Map<String, Set<String>> result = new HashMap<>();
        query(sql, rs -> result.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
        return result;
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(final String sql, final RowConsumer consumer) throws SQLException {
        try (Connection c = connection("postgres"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    private static Connection connection(final String database) throws SQLException {
        return java.sql.DriverManager.getConnection(postgres.getJdbcUrl(USER, database), USER, "");
    }
}
