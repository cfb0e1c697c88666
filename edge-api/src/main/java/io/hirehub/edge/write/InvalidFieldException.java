package io.hirehub.edge.write;

import java.util.Objects;

/** Input refused before anything was written: names the field (snake_case, as in the seed) and why. */
public final class InvalidFieldException extends WriteException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidFieldException(final String field, final String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
    }

    /** The offending field, e.g. {@code salary_max} or {@code members[1].email}. */
    public String field() {
        return field;
    }

    /** Why it was refused, without the field name. */
    public String reason() {
        return reason;
    }

    /** The same problem reported under a parent path ({@code jobs[3]} + {@code title}). */
    public InvalidFieldException under(final String parent) {
        return new InvalidFieldException(parent + "." + field, reason);
    }
}
