package io.hirehub.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationSettingsTest {

    private static final String URL = "jdbc:postgresql://db:5432/hirehub";

    @Test
    void shouldNameOneSchemaPerServiceByDefault() {
        final MigrationSettings settings = MigrationSettings.of(URL, "hirehub", "secret");
        assertThat(new Migrations(settings).plan())
                .extracting(ServiceTarget::schema)
                .containsExactly(
                        "user_service",
                        "job_service",
                        "resume_service",
                        "apply_service",
                        "match_service",
                        "ai_service",
                        "notification_service");
        assertThat(new Migrations(settings).plan())
                .extracting(ServiceTarget::location)
                .containsExactly(
                        "classpath:db/migration/user",
                        "classpath:db/migration/job",
                        "classpath:db/migration/resume",
                        "classpath:db/migration/apply",
                        "classpath:db/migration/match",
                        "classpath:db/migration/ai",
                        "classpath:db/migration/notification");
        assertThat(new Migrations(settings).plan()).allSatisfy(t -> {
            assertThat(t.jdbcUrl()).isEqualTo(URL);
            assertThat(t.historyTable()).isEqualTo("flyway_schema_history");
        });
    }

    @Test
    void shouldReadPostgresKeysIncludingPerServiceDatabases() {
        final MigrationSettings settings = MigrationSettings.fromProperties(Map.of(
                "postgres.jdbc.url", URL,
                "postgres.user", "hirehub",
                "postgres.password", "secret",
                "postgres.jdbc.url.resume", "jdbc:postgresql://db:5432/hirehub_resume",
                "kafka.bootstrap.servers", "ignored:9092"));
        assertThat(settings.jdbcUrlFor(HirehubService.RESUME)).isEqualTo("jdbc:postgresql://db:5432/hirehub_resume");
        assertThat(settings.jdbcUrlFor(HirehubService.JOB)).isEqualTo(URL);
        assertThat(settings.schemaFor(HirehubService.RESUME)).isEqualTo("resume_service");
    }

    @Test
    void shouldAllowOneSchemaNameEverywhereOnlyWhenEveryServiceHasItsOwnDatabase() {
        MigrationSettings split = MigrationSettings.of(URL, "u", "p");
        for (final HirehubService service : HirehubService.values()) {
            split = split.withJdbcUrlOverride(service, URL + '_' + service.shortName());
        }
        assertThat(split.withSchemaPattern("public").schemaFor(HirehubService.AI))
                .isEqualTo("public");

        assertThatThrownBy(() -> MigrationSettings.of(URL, "u", "p").withSchemaPattern("public"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("services user and job would share schema 'public' in one database; keep {service} in "
                        + "postgres.schema.pattern or give each its own database (postgres.jdbc.url.<service>)");
    }

    @Test
    void shouldRejectMissingOrForeignUrlsWithTheKey() {
        assertThatThrownBy(() -> MigrationSettings.of(null, "u", "p")).hasMessage("postgres.jdbc.url is required");
        assertThatThrownBy(() -> MigrationSettings.of("jdbc:mysql://db/x?password=secret", "u", "p"))
                .hasMessage("postgres.jdbc.url 'jdbc:mysql://db/x?…' is not a PostgreSQL JDBC URL "
                        + "(expected jdbc:postgresql://host:port/database)");
        assertThatThrownBy(() -> MigrationSettings.of(URL, " ", "p")).hasMessage("postgres.user is required");
        assertThatThrownBy(() -> MigrationSettings.fromProperties(
                        Map.of("postgres.jdbc.url", URL, "postgres.user", "u", "postgres.jdbc.url.billing", URL)))
                .hasMessage(
                        "Unknown service 'billing'; expected one of [user, job, resume, apply, match, ai, notification]");
    }

    @Test
    void shouldRejectSchemaPatternsThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> MigrationSettings.of(URL, "u", "p").withSchemaPattern("Hire-{service}"))
                .hasMessage("postgres.schema.pattern 'Hire-{service}' gives schema 'Hire-user' for service user; "
                        + "expected a lower-case SQL identifier [a-z_][a-z0-9_]*");
    }

    @Test
    void shouldNeverPrintThePasswordOrUrlQuery() {
        final MigrationSettings settings = MigrationSettings.of(URL + "?password=hunter2", "hirehub", "secret");
        assertThat(settings.toString()).doesNotContain("secret", "hunter2").contains("password=***");
        assertThat(new Migrations(settings).plan().get(0).jdbcUrl()).isEqualTo(URL + "?…");
    }
}
