package io.hirehub.edge.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;

/** Path and query parameters, parsed with 400s that name the parameter. */
public final class Params {

    private Params() {}

    /** A path parameter that must be a UUID; anything else is a 404 (no such resource can exist). */
    public static UUID pathId(final Context ctx, final String name) {
        final String text = ctx.pathParam(name);
        return uuid(text)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, name + " '" + text + "' is not a UUID"));
    }

    /** An optional integer query parameter within [min, max]. */
    public static Optional<Integer> queryInt(final Context ctx, final String name, final int min, final int max) {
        final String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            final int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw ApiException.invalid(name, "must be between " + min + " and " + max + ", was " + value);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be an integer, was '" + text + "'");
        }
    }

    /** An optional non-negative long query parameter. */
    public static Optional<Long> queryLong(final Context ctx, final String name) {
        final String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            final long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw ApiException.invalid(name, "must not be negative, was " + value);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a non-negative integer, was '" + text + "'");
        }
    }

    /** An optional UUID query parameter. */
    public static Optional<UUID> queryId(final Context ctx, final String name) {
        final String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                uuid(text.strip()).orElseThrow(() -> ApiException.invalid(name, "must be a UUID, was '" + text + "'")));
    }

    /** An optional UUID form or body field: empty when absent, a 400 naming {@code field} when malformed. */
    public static Optional<UUID> optionalUuid(final String field, final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(uuid(text.strip())
                .orElseThrow(() -> new io.hirehub.edge.write.InvalidFieldException(field, "must be a UUID")));
    }

    /** The canonical UUID of {@code text}, or empty (Java's parser also accepts short forms we do not). */
    public static Optional<UUID> uuid(final String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            final UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
