package io.hirehub.edge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodiesTest {

    record Skill(String name, String category) {}

    record Request(UUID companyId, String title, Integer salaryMin, Instant postedAt, List<Skill> skills) {}

    @Test
    void shouldReadSnakeCaseFieldsIntoARecord() {
        final Request request = parse("{\"company_id\":\"6f1c1c7e-8a53-4a38-9a55-0c2d0b3a7f10\",\"title\":\"t\","
                + "\"salary_min\":10,\"posted_at\":\"2026-03-01T09:00:00Z\",\"skills\":[{\"name\":\"Kafka\"}]}");

        assertThat(request.companyId()).isEqualTo(UUID.fromString("6f1c1c7e-8a53-4a38-9a55-0c2d0b3a7f10"));
        assertThat(request.salaryMin()).isEqualTo(10);
        assertThat(request.postedAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(request.skills()).containsExactly(new Skill("Kafka", null));
    }

    @Test
    void shouldNameAnUnknownField() {
        assertThatThrownBy(() -> parse("{\"titel\":\"t\"}")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).containsExactly(new FieldProblem("titel", "is not a field of this request"));
        });
    }

    @Test
    void shouldNameAFieldOfTheWrongTypeWithItsPath() {
        assertThatThrownBy(() -> parse("{\"salary_min\":\"lots\"}"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldProblem("salary_min", "has the wrong type: a number is expected")));
        assertThatThrownBy(() -> parse("{\"company_id\":\"abc\"}"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldProblem("company_id", "has the wrong type: a UUID is expected")));
        assertThatThrownBy(() -> parse("{\"skills\":[{\"name\":[1]}]}"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("skills[0].name"));
    }

    @Test
    void shouldRefuseTextThatIsNotJsonOrNotAnObject() {
        assertThatThrownBy(() -> parse("{\"title\": ")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.MALFORMED);
            assertThat(e.getMessage()).startsWith("the request body is not valid JSON (line 1");
        });
        assertThatThrownBy(() -> parse("null"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.MALFORMED));
        assertThatThrownBy(() -> parse("{} {}")).isInstanceOf(ApiException.class);
    }

    private static Request parse(final String json) {
        return Bodies.parse(json.getBytes(StandardCharsets.UTF_8), Request.class);
    }
}
