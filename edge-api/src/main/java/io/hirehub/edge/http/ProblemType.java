package io.hirehub.edge.http;

/**
 * The kinds of problem the edge answers with, each a stable {@code type} URI (RFC 9457), a title and
 * its HTTP status. The URIs point into the edge's own docs page, which lists them.
 */
public enum ProblemType {
    VALIDATION(400, "The request is invalid"),
    MALFORMED(400, "The request body cannot be read"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict with the current state"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused with another request"),
    IDEMPOTENCY_KEY_IN_USE(409, "A request with this Idempotency-Key is still in progress"),
    TOO_LARGE(413, "The request is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "The request cannot be applied"),
    NOT_YET_VISIBLE(503, "The answer has not yet caught up with the requested position"),
    UNAVAILABLE(503, "Temporarily unavailable"),
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(final int status, final String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The short name in the type URI, e.g. {@code not-found}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The {@code type} member: a URI reference to this problem's entry on the docs page. */
    public String uri() {
        return "/docs#problem-" + slug();
    }
}
