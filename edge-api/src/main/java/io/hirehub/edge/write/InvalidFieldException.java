package io.hirehub.edge.write;

import java.util.List;
import java.util.Objects;

/** Input refused before anything was written: names the field (snake_case, as in the seed) and why. */
public final class InvalidFieldException extends WriteException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;
    private final List<InvalidFieldException> all;

    public InvalidFieldException(final String field, final String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
        this.all = List.of(this);
    }

    /** Several refused fields at once; {@link #field()} and {@link #reason()} are the first's. */
    public InvalidFieldException(final List<InvalidFieldException> problems) {
        super(problems.get(0).getMessage() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.field = problems.get(0).field;
        this.reason = problems.get(0).reason;
        this.all = List.copyOf(problems);
    }

    /** Every refused field: this one alone, or all that were gathered. */
    public List<InvalidFieldException> all() {
        return all;
    }

    /** The offending field, e.g. {@code salary_max} or {@code members[1].email}. */
    public String field() {
        return field;
    }

    /** Why it was refused, without the field name. */
    public String reason() {
        return reason;
    }

    /**
     * The same problems with their fields renamed by {@code rename}: a caller whose input names a field
     * otherwise (over HTTP {@code required_skills[0]} for the domain's {@code required[0]}).
     */
    public InvalidFieldException renamed(final java.util.function.UnaryOperator<String> rename) {
        return new InvalidFieldException(all.stream()
                .map(e -> new InvalidFieldException(rename.apply(e.field), e.reason))
                .toList());
    }

    /** The same problem reported under a parent path ({@code jobs[3]} + {@code title}). */
    public InvalidFieldException under(final String parent) {
        if (all.size() > 1) {
            return new InvalidFieldException(
                    all.stream().map(e -> e.under(parent)).toList());
        }
        return new InvalidFieldException(parent + "." + field, reason);
    }
}
