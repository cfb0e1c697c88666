package io.hirehub.edge.http;

import java.util.Objects;

/**
 * One bad field of a refused request: its name as the client wrote it (snake_case, with a path
 * for nested values, e.g. {@code members[1].email}) and why it was refused.
 */
public record FieldProblem(String field, String reason) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
