package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.testsupport.SharedStack;
import org.junit.jupiter.api.Test;

/** {@code hirehub migrate} against the shared stack's PostgreSQL, which the stack already migrated. */
class MigrateCommandIT {

    private final SharedStack stack = SharedStack.get();

    @Test
    void shouldBeANoOpOnAnAlreadyMigratedDatabaseAndReportEveryService() {
        final CliRun run = CliRun.of("migrate", "--jdbc-url", stack.jdbcUrl(), "--jdbc-user", stack.jdbcUser());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Up to date: nothing to apply.");
        for (final String schema : new String[] {
            "user_service",
            "job_service",
            "resume_service",
            "apply_service",
            "match_service",
            "ai_service",
            "notification_service"
        }) {
            assertThat(run.out()).containsPattern(schema + "\\s+0\\s+");
        }
        assertThat(run.out()).containsPattern("resume_service\\s+0\\s+\\S+\\s+real\\[\\]");
    }

    @Test
    void shouldListWhereEachServiceGoes() {
        final CliRun run = CliRun.of(
                "migrate",
                "--list",
                "--jdbc-url",
                "jdbc:postgresql://db.example/hirehub",
                "-s",
                "postgres.jdbc.url.resume=jdbc:postgresql://db.example/hirehub_resume");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .containsPattern("resume\\s+resume_service\\s+classpath:db/migration/resume\\s+"
                        + "jdbc:postgresql://db.example/hirehub_resume");
    }

    @Test
    void shouldNameTheDatabaseItCannotReach() {
        final CliRun run = CliRun.of("migrate", "--jdbc-url", "jdbc:postgresql://localhost:1/none?connectTimeout=2");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err())
                .startsWith("hirehub migrate: Migrating service user")
                .doesNotContain("connectTimeout");
    }
}
