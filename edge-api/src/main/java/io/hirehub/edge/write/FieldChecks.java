package io.hirehub.edge.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a value's field checks and gathers every refusal, so one error names all bad fields instead
 * of the caller fixing them one round trip at a time; {@link #done()} throws them as one
 * {@link InvalidFieldException}.
 */
final class FieldChecks {

    private final List<InvalidFieldException> errors = new ArrayList<>();

    /** The checked value, or null after recording its refusal. */
    <T> T check(final Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidFieldException e) {
            errors.addAll(e.all());
            return null;
        }
    }

    void run(final Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    void done() {
        if (errors.size() == 1) {
            throw errors.get(0);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }
}
