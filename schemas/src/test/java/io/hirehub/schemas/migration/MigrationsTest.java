package io.hirehub.schemas.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void shouldNameTheFirstServiceWhenTheDatabaseIsUnreachable() {
        // Port 1 refuses connections at once; nothing listens there.
        final Migrations migrations = new Migrations(
                MigrationSettings.of("jdbc:postgresql://127.0.0.1:1/hirehub?connectTimeout=2", "hirehub", "pw"));

        assertThatThrownBy(migrations::migrate)
                .isInstanceOfSatisfying(
                        MigrationException.class, e -> assertThat(e.service()).isEqualTo(HirehubService.USER))
                .hasMessageStartingWith("Migrating service user (schema user_service at "
                        + "jdbc:postgresql://127.0.0.1:1/hirehub?…) failed: ")
                .hasMessageNotContaining("pw");
    }

    @Test
    void shouldListServicesInDependencyOrder() {
        assertThat(new Migrations(MigrationSettings.of("jdbc:postgresql://db/hirehub", "u", "")).plan())
                .extracting(t -> t.service().shortName())
                .containsExactly("user", "job", "resume", "apply", "match", "ai", "notification");
    }

    @Test
    void shouldLookServicesUpByShortName() {
        assertThat(HirehubService.fromShortName("Resume")).isEqualTo(HirehubService.RESUME);
        assertThat(HirehubService.RESUME.outboxTable()).contains("resume_outbox");
        assertThat(HirehubService.NOTIFICATION.outboxTable()).isEmpty();
        assertThat(HirehubService.USER.outboxTable()).isEmpty();
    }
}
