package io.hirehub.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.topics.Topics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlMigrationFilesTest {

    private static final Pattern FILE_NAME = Pattern.compile("[a-z]+/V\\d+__[a-z0-9_]+\\.sql");

    private final SqlDdl all = SqlDdl.load();
    private final SqlDdl ddl = all.contractOnly();

    @Test
    void shouldCreateExactlyTheTwentyFiveSeedTablesPlusFiveOutboxTables() {
        final List<String> all = ddl.tables().stream().map(SqlDdl.Table::name).toList();
        final List<String> outboxes = Arrays.stream(HirehubService.values())
                .flatMap(s -> s.outboxTable().stream())
                .toList();
        final List<String> seed =
                all.stream().filter(t -> !outboxes.contains(t)).toList();

        assertThat(seed).hasSize(25).doesNotHaveDuplicates();
        assertThat(outboxes)
                .containsExactlyInAnyOrder("job_outbox", "resume_outbox", "apply_outbox", "match_outbox", "ai_outbox");
        assertThat(all).hasSize(30).containsAll(outboxes);
    }

    @Test
    void shouldPutEveryTableInItsServiceDirectory() {
        for (final HirehubService service : HirehubService.values()) {
            final List<String> tables = ddl.tables().stream()
                    .filter(t -> t.service().equals(service.shortName()))
                    .map(SqlDdl.Table::name)
                    .toList();
            final List<String> expected = new java.util.ArrayList<>(service.seedTables());
            service.outboxTable().ifPresent(expected::add);
            assertThat(tables).as(service.shortName()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldDeclareEverySeedIndexInItsServiceExceptThePgvectorOnes() {
        final Map<String, Set<String>> declared = ddl.indexes().stream()
                .collect(Collectors.groupingBy(
                        SqlDdl.Index::service, Collectors.mapping(SqlDdl.Index::name, Collectors.toSet())));
        SeedCatalog.INDEXES.forEach((service, names) -> {
            final List<String> inSql = names.stream()
                    .filter(n -> !SeedCatalog.VECTOR_INDEXES.contains(n))
                    .toList();
            assertThat(declared.get(service)).as(service).containsExactlyInAnyOrderElementsOf(inSql);
        });
        // The two ivfflat indexes are created by EmbeddingColumnMigration where pgvector exists.
        assertThat(Arrays.stream(HirehubService.values())
                        .flatMap(s -> s.embeddingTable().stream())
                        .map(HirehubService.EmbeddingTable::vectorIndex))
                .containsExactlyElementsOf(SeedCatalog.VECTOR_INDEXES);
        assertThat(ddl.indexes()).hasSize(35);
    }

    @Test
    void shouldGiveEveryOutboxTheColumnsTheDebeziumOutboxRouterExpects() {
        for (final HirehubService service : HirehubService.values()) {
            service.outboxTable().ifPresent(name -> {
                final SqlDdl.Table table = ddl.table(name);
                assertThat(table.columnNames()).as(name).containsExactlyElementsOf(SeedCatalog.OUTBOX_COLUMNS);
                assertThat(table.columns())
                        .as(name)
                        .allSatisfy(c -> assertThat(c.nullable()).isFalse());
                assertThat(table.columns().get(0).type()).isEqualTo("UUID");
                assertThat(table.columns().get(2).type()).startsWith("VARCHAR");
                assertThat(table.columns().get(4).type()).isEqualTo("BYTEA");
            });
        }
    }

    @Test
    void shouldRestrictEachOutboxToTheSeedTopicsItsServiceEmits() {
        assertThat(outboxTopics("job")).containsExactly(Topics.JOB_CREATED.name(), Topics.JOB_UPDATED.name());
        assertThat(outboxTopics("resume")).containsExactly(Topics.RESUME_UPLOADED.name());
        assertThat(outboxTopics("ai")).containsExactly(Topics.RESUME_PROCESSED.name(), Topics.MATCH_CALCULATED.name());
        assertThat(outboxTopics("match")).containsExactly(Topics.MATCH_RECOMMENDED.name());
        assertThat(outboxTopics("apply"))
                .containsExactly(
                        Topics.APPLICATION_SUBMITTED.name(),
                        Topics.APPLICATION_STATUS_CHANGED.name(),
                        Topics.INTERVIEW_SCHEDULED.name());
    }

    @Test
    void shouldKeepTheSeedNotificationOutboxColumnsUnchanged() {
        assertThat(ddl.table("notification_outbox").columnNames())
                .containsExactly("id", "event_type", "payload", "status", "created_at", "published_at");
    }

    @Test
    void shouldCreateEmbeddingColumnsAsRealArraysForTheJavaMigrationToUpgrade() {
        assertThat(ddl.table("resume_embeddings").columns()).contains(new SqlDdl.Column("embedding", "REAL[]", true));
        assertThat(ddl.table("job_embeddings").columns()).contains(new SqlDdl.Column("embedding", "REAL[]", true));
    }

    @Test
    void shouldLeaveVersionsFromOneHundredUpToOtherModulesInfrastructure() {
        final Set<String> seedAndOutboxes =
                ddl.tables().stream().map(SqlDdl.Table::name).collect(Collectors.toSet());
        assertThat(all.tables())
                .filteredOn(t -> seedAndOutboxes.contains(t.name()))
                .hasSize(ddl.tables().size());
        assertThat(ddl.files().keySet())
                .allSatisfy(f -> assertThat(SqlDdl.version(f)).isLessThan(100));
    }

    @Test
    void shouldNameFilesForFlywayAndLeaveNoPlaceholders() {
        assertThat(all.files().keySet()).allSatisfy(f -> assertThat(f).matches(FILE_NAME));
        assertThat(all.files().values()).allSatisfy(sql -> assertThat(sql).doesNotContain("${"));
    }

    @Test
    void shouldInsertTheThreeSeedTemplatesAsData() {
        final String sql = ddl.files().get("notification/V2__insert_notification_templates.sql");
        assertThat(sql)
                .contains(
                        "'application_submitted_email', 'application.submitted', 'email'",
                        "'status_changed_push', 'application.status_changed', 'push'",
                        "'interview_scheduled_email', 'interview.scheduled', 'email'");
    }

    @Test
    void shouldParseSeedColumnsWithTheirNullability() {
        final SqlDdl.Table jobSkills = ddl.table("job_skills");
        assertThat(jobSkills.columns())
                .containsExactly(
                        new SqlDdl.Column("job_id", "UUID", false),
                        new SqlDdl.Column("skill_id", "UUID", false),
                        new SqlDdl.Column("is_required", "BOOLEAN", true));
        assertThat(ddl.table("applications").columns())
                .contains(new SqlDdl.Column("match_score", "DECIMAL(5,2)", true));
    }

    private List<String> outboxTopics(final String service) {
        final String sql = ddl.files().entrySet().stream()
                .filter(e -> e.getKey().startsWith(service + "/") && e.getKey().endsWith("_outbox.sql"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        final var m = Pattern.compile("CHECK \\(event_type IN \\(([^)]*)\\)\\)").matcher(sql);
        assertThat(m.find()).isTrue();
        return Arrays.stream(m.group(1).split(","))
                .map(s -> s.trim().replace("'", ""))
                .toList();
    }
}
