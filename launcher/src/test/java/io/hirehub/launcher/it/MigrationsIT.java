package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.EmbeddingColumnType;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationException;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.migration.SeedCatalog;
import io.hirehub.schemas.migration.ServiceMigrationResult;
import io.hirehub.schemas.migration.SqlDdl;
import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.SkillCatalogue;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.testsupport.SharedStack;
import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The migrations on the shared stack's PostgreSQL 17 (no pgvector). The detailed checks run on a
 * database of their own, migrated here from empty: the stack's database is watched by the CDC runner
 * (which publishes and deletes outbox rows) and shared with other ITs, and a first run is needed to
 * see what gets applied and logged. The stack's own database, migrated at start-up, must hold the same.
 */
class MigrationsIT {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    /** The (package-private) class that logs why an embedding column stays real[]. */
    private static final String EMBEDDING_LOGGER = "io.hirehub.schemas.migration.EmbeddingColumnMigration";

    private static final ListAppender<ILoggingEvent> EMBEDDING_LOG = new ListAppender<>();

    private static SharedStack stack;
    private static String database;
    private static MigrationSettings settings;
    private static List<ServiceMigrationResult> firstRun;
    private static List<String> firstRunEmbeddingLog;

    @BeforeAll
    static void migrateAFreshDatabase() throws SQLException {
        stack = SharedStack.get();
        database = createDatabase("migrations");
        settings = DatabaseSetup.migrationSettings(
                new Endpoints.Jdbc(jdbcUrl(database), stack.jdbcUser(), stack.jdbcPassword()),
                stack.settings().postgres());
        final Logger logger = (Logger) LoggerFactory.getLogger(EMBEDDING_LOGGER);
        final Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        EMBEDDING_LOG.start();
        logger.addAppender(EMBEDDING_LOG);
        try {
            firstRun = new Migrations(settings).migrate();
        } finally {
            logger.detachAppender(EMBEDDING_LOG);
            logger.setLevel(level);
        }
        firstRunEmbeddingLog = EMBEDDING_LOG.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @AfterAll
    static void dropTheDatabases() throws SQLException {
        try (Connection c = stack.connection();
                Statement s = c.createStatement()) {
            for (final String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    @Test
    void shouldMigrateEveryServiceInDependencyOrder() {
        assertThat(firstRun).extracting(ServiceMigrationResult::service).containsExactly(HirehubService.values());
        assertThat(firstRun)
                .extracting(ServiceMigrationResult::schema)
                .containsExactly(
                        "user_service",
                        "job_service",
                        "resume_service",
                        "apply_service",
                        "match_service",
                        "ai_service",
                        "notification_service");
        // Versions per service: the SQL files (V100+ are other modules' infrastructure) and the Java embedding
        // migration.
        final SqlDdl ddl = SqlDdl.load();
        for (final ServiceMigrationResult result : firstRun) {
            final HirehubService service = result.service();
            final List<Integer> versions = new ArrayList<>(ddl.files().keySet().stream()
                    .filter(f -> f.startsWith(service.shortName() + "/"))
                    .map(SqlDdl::version)
                    .toList());
            service.embeddingTable().ifPresent(t -> versions.add(Integer.parseInt(t.migrationVersion())));
            assertThat(result.migrationsApplied()).as(service.shortName()).isEqualTo(versions.size());
            assertThat(result.currentVersion())
                    .as(service.shortName())
                    .isEqualTo(String.valueOf(
                            versions.stream().mapToInt(Integer::intValue).max().orElseThrow()));
        }
        assertThat(firstRun)
                .filteredOn(r -> r.service() == HirehubService.USER)
                .singleElement()
                .satisfies(r -> assertThat(r.currentVersion()).isEqualTo("110"));
    }

    @Test
    void shouldCreateAllTwentyFiveSeedTablesAndTheOutboxesInTheirServiceSchemas() throws SQLException {
        final Map<String, Set<String>> tables = tablesBySchema(database);
        final SqlDdl all = SqlDdl.load();
        int seedTables = 0;
        for (final HirehubService service : HirehubService.values()) {
            final Set<String> expected = new TreeSet<>(service.seedTables());
            service.outboxTable().ifPresent(expected::add);
            final Set<String> actual = tables.get(service.shortName() + "_service");
            assertThat(actual).as(service.shortName()).containsAll(expected);
            // Anything else comes from an infrastructure migration (V100+), e.g. the CDC heartbeat.
            all.tables().stream()
                    .filter(t -> t.service().equals(service.shortName()))
                    .map(SqlDdl.Table::name)
                    .forEach(expected::add);
            assertThat(actual).as(service.shortName()).isEqualTo(expected);
            seedTables += service.seedTables().size();
        }
        assertThat(seedTables).isEqualTo(25);
    }

    @Test
    void shouldHoldTheSameTablesAndIndexesInTheStackDatabaseMigratedAtStartUp() throws SQLException {
        final String stackDatabase = stack.jdbcUrl().substring(stack.jdbcUrl().lastIndexOf('/') + 1);
        assertThat(tablesBySchema(stackDatabase)).isEqualTo(tablesBySchema(database));
        assertThat(indexesBySchema(stackDatabase)).isEqualTo(indexesBySchema(database));
        final List<ServiceMigrationResult> again = new Migrations(DatabaseSetup.migrationSettings(
                        stack.endpoints().jdbc(), stack.settings().postgres()))
                .migrate();
        assertThat(again).extracting(ServiceMigrationResult::migrationsApplied).containsOnly(0);
        assertThat(again)
                .extracting(ServiceMigrationResult::currentVersion)
                .containsExactlyElementsOf(firstRun.stream()
                        .map(ServiceMigrationResult::currentVersion)
                        .toList());
    }

    @Test
    void shouldBringTheSkillCatalogueUpToDateKeepingWhatADatabaseHoldsAndRewritingOnlyWhatChanges()
            throws SQLException {
        final SkillCatalogue catalogue = SkillCatalogue.builtIn();
        final CatalogueSkill warehouse = catalogue.skills().stream()
                .filter(t -> t.name().equals("Warehouse Management"))
                .findFirst()
                .orElseThrow();
        final String update = SqlDdl.load().files().get("job/V5__skill_catalogue_update.sql");
        try (Connection c = connection(database);
                Statement s = c.createStatement()) {
            s.execute("SET search_path TO job_service");
            // Migrated: every catalogue tag, with every spelling (V3's, then those V5 added).
            assertThat(column(c, "SELECT count(*) FROM skill_tags"))
                    .containsExactly(String.valueOf(catalogue.skills().size()));
            assertThat(synonyms(c, "Warehouse Management")).containsExactlyElementsOf(warehouse.synonyms());

            // An operator edited the tag: one spelling of their own, one of the catalogue's dropped, order changed.
            s.executeUpdate("UPDATE skill_tags SET synonyms = ARRAY['Warehouse Supervisor', 'Lagerverwaltung']"
                    + " WHERE name = 'Warehouse Management'");
            // The update again (the next catalogue version renders the same statement): only that row is rewritten,
            // keeping the operator's spellings in their order and appending the catalogue's missing ones.
            assertThat(s.executeUpdate(update)).isEqualTo(1);
            final List<String> expected = new ArrayList<>(List.of("Warehouse Supervisor", "Lagerverwaltung"));
            warehouse.synonyms().stream().filter(x -> !expected.contains(x)).forEach(expected::add);
            assertThat(synonyms(c, "Warehouse Management")).containsExactlyElementsOf(expected);
            assertThat(s.executeUpdate(update)).as("nothing left to add").isZero();
        }
    }

    private static List<String> synonyms(final Connection c, final String tag) throws SQLException {
        final List<String> values = new ArrayList<>();
        query(
                c,
                "SELECT unnest(synonyms) FROM skill_tags WHERE name = '" + tag + "'",
                rs -> values.add(rs.getString(1)));
        return values;
    }

    @Test
    void shouldCreateEverySeedIndexInItsServiceSchemaButTheIvfflatOnesWithoutPgvector() throws SQLException {
        final Map<String, Set<String>> indexes = indexesBySchema(database);
        SeedCatalog.INDEXES.forEach((service, names) -> {
            final Set<String> inSchema = indexes.get(service + "_service");
            names.stream()
                    .filter(n -> !SeedCatalog.VECTOR_INDEXES.contains(n))
                    .forEach(n -> assertThat(inSchema).as(service).contains(n));
            assertThat(inSchema).as(service).doesNotContainAnyElementsOf(SeedCatalog.VECTOR_INDEXES);
        });
    }

    @Test
    void shouldMatchTheColumnsDeclaredInTheSqlFiles() throws SQLException {
        try (Connection c = connection(database)) {
            for (final SqlDdl.Table table : SqlDdl.load().contractOnly().tables()) {
                final List<SqlDdl.Column> actual = new ArrayList<>();
                query(
                        c,
                        "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = '"
                                + table.service() + "_service' AND table_name = '" + table.name()
                                + "' ORDER BY ordinal_position",
                        rs -> actual.add(new SqlDdl.Column(rs.getString(1), "", "YES".equals(rs.getString(2)))));
                // The seed's columns, in order; infrastructure migrations (V100+) may append their own
                // (notification_outbox's delivery bookkeeping, V100 of the notification service).
                assertThat(actual)
                        .as(table.name())
                        .startsWith(table.columns().stream()
                                .map(col -> new SqlDdl.Column(col.name(), "", col.nullable()))
                                .toArray(SqlDdl.Column[]::new));
                if (!table.name().equals("notification_outbox")) {
                    assertThat(actual).as(table.name()).hasSize(table.columns().size());
                }
            }
        }
    }

    @Test
    void shouldInsertTheThreeSeedNotificationTemplates() throws SQLException {
        try (Connection c = connection(database)) {
            final List<String> rows = new ArrayList<>();
            query(
                    c,
                    "SELECT name, event_type, channel, is_active FROM notification_service.notification_templates"
                            + " WHERE name IN ('application_submitted_email', 'interview_scheduled_email',"
                            + " 'status_changed_push') ORDER BY name",
                    rs -> rows.add(
                            rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3) + '|' + rs.getBoolean(4)));
            assertThat(rows)
                    .containsExactly(
                            "application_submitted_email|application.submitted|email|true",
                            "interview_scheduled_email|interview.scheduled|email|true",
                            "status_changed_push|application.status_changed|push|true");
            assertThat(column(
                            c,
                            "SELECT body_template FROM notification_service.notification_templates"
                                    + " WHERE name = 'application_submitted_email'"))
                    .singleElement()
                    .asString()
                    .contains("포지션에 지원했습니다.\n\n매칭 점수: {{match_score}}점")
                    .doesNotContain("\\n");
            // V3: one active template for every (event, channel) pair the notifications send.
            assertThat(column(
                            c,
                            "SELECT count(DISTINCT (event_type, channel)) FROM notification_service.notification_templates"
                                    + " WHERE is_active"))
                    .singleElement()
                    .asString()
                    .isEqualTo("20");
        }
    }

    @Test
    void shouldDoNothingWhenRunAgain() throws SQLException {
        final long historyRowsBefore = historyRows();
        final List<ServiceMigrationResult> again = new Migrations(settings).migrate();
        assertThat(again).extracting(ServiceMigrationResult::migrationsApplied).containsOnly(0);
        assertThat(again)
                .extracting(ServiceMigrationResult::currentVersion)
                .containsExactlyElementsOf(firstRun.stream()
                        .map(ServiceMigrationResult::currentVersion)
                        .toList());
        assertThat(historyRows()).isEqualTo(historyRowsBefore);
    }

    @Test
    void shouldKeepEmbeddingsAsRealArraysAndSayWhyInTheLog() throws SQLException {
        assertThat(firstRun)
                .filteredOn(r -> r.service() == HirehubService.RESUME || r.service() == HirehubService.AI)
                .extracting(ServiceMigrationResult::embeddingColumnType)
                .containsOnly(Optional.of(EmbeddingColumnType.REAL_ARRAY));
        assertThat(firstRun)
                .filteredOn(r -> r.service() != HirehubService.RESUME && r.service() != HirehubService.AI)
                .extracting(ServiceMigrationResult::embeddingColumnType)
                .containsOnly(Optional.empty());
        try (Connection c = connection(database)) {
            assertThat(column(
                            c,
                            "SELECT table_name || ':' || udt_name FROM information_schema.columns"
                                    + " WHERE column_name = 'embedding' ORDER BY table_name"))
                    .containsExactly("job_embeddings:_float4", "resume_embeddings:_float4");
        }
        assertThat(firstRunEmbeddingLog)
                .containsExactly(
                        "pgvector is not available (not in pg_available_extensions): resume_service.resume_embeddings.embedding"
                                + " stays real[], no idx_resume_embeddings_vector index",
                        "pgvector is not available (not in pg_available_extensions): ai_service.job_embeddings.embedding"
                                + " stays real[], no idx_job_embeddings_vector index");
    }

    @Test
    void shouldApplyTheSeedDefaultsAndTheOutboxTopicCheck() throws SQLException {
        try (Connection c = connection(database);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("INSERT INTO job_service.jobs (company_id, title) VALUES"
                    + " (gen_random_uuid(), 'Backend') RETURNING id, status, views_count, applies_count, created_at")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isNotNull();
                assertThat(rs.getString(2)).isEqualTo("draft");
                assertThat(rs.getInt(3)).isZero();
                assertThat(rs.getInt(4)).isZero();
                assertThat(rs.getTimestamp(5)).isNotNull();
            }
            s.execute(
                    "INSERT INTO ai_service.job_embeddings (job_id, embedding) VALUES (gen_random_uuid(), ARRAY[0.1, 0.2]::real[])");
            s.execute("INSERT INTO job_service.job_outbox (aggregate_type, aggregate_id, event_type, payload)"
                    + " VALUES ('job', 'a', 'job.created', '\\x00'::bytea)");
            assertThatThrownBy(() -> s.execute("INSERT INTO job_service.job_outbox (aggregate_type, aggregate_id,"
                            + " event_type, payload) VALUES ('job', 'a', 'resume.uploaded', '\\x00'::bytea)"))
                    .hasMessageContaining("ck_job_outbox_event_type");
        }
    }

    @Test
    void shouldMigrateAServiceIntoItsOwnDatabaseWhenSplit() throws SQLException {
        final String split = createDatabase("split");
        final Migrations migrations =
                new Migrations(settings.withJdbcUrlOverride(HirehubService.RESUME, jdbcUrl(split)));
        assertThat(migrations.plan())
                .filteredOn(t -> t.service() == HirehubService.RESUME)
                .singleElement()
                .satisfies(t -> assertThat(t.jdbcUrl()).contains("/" + split).doesNotContain("user="));

        final ServiceMigrationResult result = migrations.migrate(HirehubService.RESUME);

        // V1 tables, V2 the embedding column (Java), V3 the outbox, V110 the edge's idempotency keys.
        assertThat(result.migrationsApplied()).isEqualTo(4);
        try (Connection c = connection(split)) {
            assertThat(column(
                            c,
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'resume_service'"
                                    + " ORDER BY table_name"))
                    .contains(
                            "flyway_schema_history",
                            "idempotency_keys",
                            "pii_masking_logs",
                            "resume_educations",
                            "resume_embeddings",
                            "resume_experiences",
                            "resume_outbox",
                            "resume_skills",
                            "resumes");
        }
    }

    @Test
    void shouldNameTheFailingServiceAndStopThere() throws SQLException {
        final String broken = createDatabase("broken");
        try (Connection c = connection(broken);
                Statement s = c.createStatement()) {
            // A hand-made job_service schema that Flyway refuses to adopt.
            s.execute("CREATE SCHEMA job_service");
            s.execute("CREATE TABLE job_service.jobs (id int)");
        }
        final String url = jdbcUrl(broken);
        final Migrations migrations = new Migrations(MigrationSettings.of(url, stack.jdbcUser(), stack.jdbcPassword()));

        assertThatThrownBy(migrations::migrate)
                .isInstanceOfSatisfying(
                        MigrationException.class, e -> assertThat(e.service()).isEqualTo(HirehubService.JOB))
                .hasMessageStartingWith(
                        "Migrating service job (schema job_service at " + MigrationSettings.redact(url) + ") failed: ")
                .hasMessageContaining("non-empty schema");
        try (Connection c = connection(broken)) {
            assertThat(column(c, "SELECT nspname FROM pg_namespace WHERE nspname LIKE '%\\_service' ORDER BY 1"))
                    .containsExactly("job_service", "user_service");
        }
    }

    /** Creates an empty database on the shared PostgreSQL, dropped after the class. */
    private static String createDatabase(final String purpose) throws SQLException {
        final String name = "it_" + purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = stack.connection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        CREATED.add(name);
        return name;
    }

    private static String jdbcUrl(final String databaseName) {
        final String url = stack.jdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + databaseName;
    }

    private static Connection connection(final String databaseName) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(databaseName), stack.jdbcUser(), stack.jdbcPassword());
    }

    private static long historyRows() throws SQLException {
        long rows = 0;
        try (Connection c = connection(database)) {
            for (final HirehubService service : HirehubService.values()) {
                rows += Long.parseLong(column(
                                c,
                                "SELECT count(*) FROM " + service.shortName() + "_service."
                                        + HirehubService.HISTORY_TABLE)
                        .get(0));
            }
        }
        return rows;
    }

    /** Tables per service schema (only the seven: other ITs add private schemas to the stack's database). */
    private static Map<String, Set<String>> tablesBySchema(final String databaseName) throws SQLException {
        return bySchema(
                databaseName,
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ("
                        + serviceSchemas() + ") AND table_name <> '" + HirehubService.HISTORY_TABLE + "'");
    }

    private static Map<String, Set<String>> indexesBySchema(final String databaseName) throws SQLException {
        return bySchema(
                databaseName,
                "SELECT schemaname, indexname FROM pg_indexes WHERE schemaname IN (" + serviceSchemas() + ")");
    }

    private static String serviceSchemas() {
        final List<String> quoted = new ArrayList<>();
        for (final HirehubService service : HirehubService.values()) {
            quoted.add("'" + service.shortName() + "_service'");
        }
        return String.join(", ", quoted);
    }

    private static Map<String, Set<String>> bySchema(final String databaseName, final String sql) throws SQLException {
        final Map<String, Set<String>> result = new HashMap<>();
        try (Connection c = connection(databaseName)) {
            query(
                    c,
                    sql,
                    rs -> result.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                            .add(rs.getString(2)));
        }
        return result;
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(final Connection c, final String sql, final RowConsumer consumer) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    private static List<String> column(final Connection c, final String sql) throws SQLException {
        final List<String> values = new ArrayList<>();
        query(c, sql, rs -> values.add(rs.getString(1)));
        return values;
    }
}
