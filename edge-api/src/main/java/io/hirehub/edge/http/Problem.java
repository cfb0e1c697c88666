package io.hirehub.edge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of an error response, {@code application/problem+json} (RFC 9457): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} (the request path) and, for
 * validation problems, {@code errors} naming each bad field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(final ProblemType type, final String detail, final String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    public static Problem of(final ApiException e, final String instance) {
        return new Problem(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(), instance, e.errors());
    }
}
