package io.hirehub.edge.http;

import io.hirehub.edge.write.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers every bad field of a request before answering, so one 400 names them all instead of the
 * client fixing them one round trip at a time.
 */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The value, or null after recording the field the check refused. */
    public <T> T check(final Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidFieldException e) {
            e.all().forEach(one -> problems.add(new FieldProblem(one.field(), one.reason())));
            return null;
        } catch (ApiException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            problems.addAll(e.errors());
            return null;
        }
    }

    /** The 400 naming every field a writer refused. */
    public static ApiException invalid(final InvalidFieldException e) {
        return ApiException.invalid(e.all().stream()
                .map(one -> new FieldProblem(one.field(), one.reason()))
                .toList());
    }

    public void add(final String field, final String reason) {
        problems.add(new FieldProblem(field, reason));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws the 400 naming every recorded field, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }
}
