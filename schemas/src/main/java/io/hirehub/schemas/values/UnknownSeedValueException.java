package io.hirehub.schemas.values;

import java.util.List;

/** A text that is not one of a column's values; names the column, the text and what it accepts. */
public final class UnknownSeedValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final List<String> allowed;

    UnknownSeedValueException(final String column, final String value, final List<String> allowed) {
        super("Unknown " + column + " '" + value + "': expected one of " + String.join(", ", allowed));
        this.column = column;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    /** The column (or field) whose value it was, e.g. {@code jobs.status}. */
    public String column() {
        return column;
    }

    /** The refused text. */
    public String value() {
        return value;
    }

    /** The texts the column accepts, in declaration order. */
    public List<String> allowed() {
        return allowed;
    }
}
