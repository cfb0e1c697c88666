package io.hirehub.edge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reads JSON request bodies into request records. A body that is not JSON, a field of the wrong
 * type or an unknown field is a 400 naming the field (its JSON path), never a 500.
 */
public final class Bodies {

    private Bodies() {}

    public static <T> T read(final Context ctx, final Class<T> type) {
        final String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as application/json, was " + (contentType == null ? "none" : contentType));
        }
        final byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(ProblemType.MALFORMED, "the request body is empty; a JSON object is expected");
        }
        return parse(body, type);
    }

    /** Parses {@code body} as {@code type}; the errors are those of {@link #read}. */
    public static <T> T parse(final byte[] body, final Class<T> type) {
        try {
            final T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw new ApiException(ProblemType.MALFORMED, "the request body is null; a JSON object is expected");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(path(e, e.getPropertyName()), "is not a field of this request");
        } catch (InvalidFormatException e) {
            throw ApiException.invalid(path(e, null), "has the wrong type: " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw ApiException.invalid(
                    path(e, null),
                    e.getTargetType() == null
                            ? "has the wrong type"
                            : "has the wrong type: " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            // A record constructor refusing a value lands here with the field's path.
            final Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw ApiException.invalid(path(e, null), cause.getMessage() == null ? "is invalid" : cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new ApiException(
                    ProblemType.MALFORMED,
                    "the request body is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw new ApiException(ProblemType.MALFORMED, "the request body cannot be read");
        }
    }

    private static String path(final JsonMappingException e, final String leaf) {
        final StringBuilder out = new StringBuilder();
        for (final JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (out.length() == 0) {
            return leaf == null ? "body" : leaf;
        }
        return out.toString();
    }

    private static String describe(final Class<?> type) {
        if (type == null) {
            return "unexpected value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number is expected";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false is expected";
        }
        if (type == java.util.UUID.class) {
            return "a UUID is expected";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-03-01T09:00:00Z is expected";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "an array is expected";
        }
        if (type == String.class) {
            return "a string is expected";
        }
        return "an object is expected";
    }
}
