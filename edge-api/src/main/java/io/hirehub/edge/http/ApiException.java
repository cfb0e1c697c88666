package io.hirehub.edge.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An error a handler throws to answer with a problem (RFC 9457): the kind, a human-readable detail
 * and, for validation errors, every bad field. {@link ProblemMapper} turns it into the response in
 * one place, so handlers never write error bodies themselves.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final transient Optional<Duration> retryAfter;

    public ApiException(final ProblemType type, final String detail) {
        this(type, detail, List.of(), Optional.empty());
    }

    private ApiException(
            final ProblemType type,
            final String detail,
            final List<FieldProblem> errors,
            final Optional<Duration> retryAfter) {
        super(Objects.requireNonNull(detail, "detail"));
        this.type = Objects.requireNonNull(type, "type");
        this.errors = List.copyOf(errors);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** 400: the fields named, each with its reason. */
    public static ApiException invalid(final List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        final String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid";
        return new ApiException(ProblemType.VALIDATION, detail, errors, Optional.empty());
    }

    /** 400 naming one field. */
    public static ApiException invalid(final String field, final String reason) {
        return invalid(List.of(new FieldProblem(field, reason)));
    }

    /** 503 with {@code Retry-After}: the answer exists but cannot be given right now. */
    public static ApiException unavailable(final ProblemType type, final String detail, final Duration retryAfter) {
        return new ApiException(type, detail, List.of(), Optional.of(retryAfter));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
