package io.hirehub.edge.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bad field of a job or a profile is named at once, not one round trip at a time. */
class FieldChecksTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static NewJob job(
            final String title,
            final Integer expMin,
            final Integer expMax,
            final Integer payMin,
            final Integer payMax) {
        return new NewJob(
                null,
                UUID.randomUUID(),
                title,
                null,
                null,
                null,
                null,
                expMin,
                expMax,
                payMin,
                payMax,
                null,
                null,
                JobStatus.OPEN,
                null,
                null,
                List.of(),
                List.of());
    }

    @Test
    void shouldNameEveryBadFieldOfAJob() {
        assertThatThrownBy(() -> job("", 9, 2, 900, 100).validated(NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.all())
                            .extracting(InvalidFieldException::field)
                            .containsExactly("title", "experience_max", "salary_max");
                    assertThat(e.getMessage()).isEqualTo("title: is required (and 2 more)");
                });
    }

    @Test
    void shouldThrowTheSingleProblemAsItself() {
        assertThatThrownBy(() -> job("ok", 9, 2, null, null).validated(NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.all()).containsExactly(e);
                    assertThat(e.getMessage())
                            .isEqualTo("experience_max: must not be less than experience_min (2 < 9)");
                });
    }

    @Test
    void shouldKeepEveryProblemUnderAParentPath() {
        final InvalidFieldException many = new InvalidFieldException(List.of(
                new InvalidFieldException("title", "is required"), new InvalidFieldException("salary_max", "too low")));

        assertThat(many.under("jobs[3]").all())
                .extracting(InvalidFieldException::field)
                .containsExactly("jobs[3].title", "jobs[3].salary_max");
    }

    @Test
    void shouldRenameEveryProblemsFieldKeepingItsReason() {
        final InvalidFieldException many = new InvalidFieldException(List.of(
                new InvalidFieldException("required[1]", "'kafka' is listed twice"),
                new InvalidFieldException("title", "is required")));

        final InvalidFieldException renamed =
                many.renamed(f -> f.startsWith("required[") ? "skills" + f.substring(8) : f);

        assertThat(renamed.all())
                .extracting(InvalidFieldException::field, InvalidFieldException::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("skills[1]", "'kafka' is listed twice"),
                        org.assertj.core.groups.Tuple.tuple("title", "is required"));
    }

    @Test
    void shouldPassAValidJobWithDefaults() {
        final NewJob valid = job("Engineer", 1, 3, 100, 200).validated(NOW);

        assertThat(valid.id()).isNotNull();
        assertThat(valid.postedAt()).isEqualTo(NOW);
    }
}
